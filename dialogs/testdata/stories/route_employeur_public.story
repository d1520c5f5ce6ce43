# Agent public : son employeur (RH, conseiller mobilité-carrière), jamais l'opérateur régional.
> /start
>> 1
> Je suis fonctionnaire territoriale à la mairie de Nîmes, 52 ans, je voudrais changer de service.
# « la mairie de Nîmes » est le lieu de travail : le domicile est demandé.
= lieu
> j'habite à Nîmes
= recapitulatif
~ agent public
>> 1
= orientation
~ votre employeur public
!~ opérateur régional
