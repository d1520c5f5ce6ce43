# « Je ne sais pas » à la question du secteur : la même question n'est pas reposée en plus long (la situation
# générale), mais autrement — qui verse le salaire, avec des exemples ; un second « je ne sais pas » laisse la
# question générale de la situation.
> bonjour
= consentement
>> 1
> Agent d'entretien depuis 20 ans, 55 ans, j'habite Charleville-Mézières
= secteur
>> 3
= secteur
~ qui vous verse votre salaire ?
~ Une administration, une mairie, un hôpital public
!~ Je n'ai pas compris
!~ Quelle est votre situation professionnelle
>> 3
= statut
# Le repère suffit : « une association » est le privé.
> /start
>> 1
> Agent d'entretien depuis 20 ans, 55 ans, j'habite Charleville-Mézières
= secteur
> je sais pas
= secteur
~ qui vous verse votre salaire ?
> une association
= handicap
>> 1
= cadre
# Pour un proche, le repère parle de lui.
> /start
>> 1
> J'écris pour mon mari, il est agent d'entretien depuis 20 ans, 55 ans, on habite Charleville-Mézières
= secteur
~ L'employeur de votre mari
>> 3
= secteur
~ Un repère : qui verse le salaire de votre mari ?
>> 1
!~ Je n'ai pas compris
