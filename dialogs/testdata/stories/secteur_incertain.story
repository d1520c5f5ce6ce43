# Une infirmière qui écrit ne pas savoir si elle est dans le public ou le privé : « à l'hôpital » ne tranche
# pas à sa place, la question du secteur est posée — d'emblée sous la forme « qui vous verse votre salaire ? »,
# avec le repère du bulletin de paie : « public ou privé ? » demanderait ce qu'elle vient de dire ne pas savoir.
> /start
>> 1
> Je suis infirmière à l'hôpital de Nantes, je ne sais pas si je suis dans le public ou le privé, j'ai 38 ans, je voudrais changer de métier
= secteur
~ qui vous verse votre salaire ?
~ bulletin de paie
>> 2
= handicap
# Sans le doute écrit, « à l'hôpital » suffit (agent public, fonction publique hospitalière).
> /start
>> 1
> Je suis infirmière à l'hôpital de Nantes, j'ai 38 ans, je voudrais changer de métier
!~ Votre employeur est-il public
