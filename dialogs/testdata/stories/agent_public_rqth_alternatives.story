# Agente territoriale avec une RQTH : les organismes confidentiels sont dits et proposés, en une liste française (« Cap emploi ou France Travail ») ; son employeur n'ayant pas de rendez-vous en ligne, pas de « Vous pouvez aussi choisir » après rien.
> bonjour
= consentement
>> 1
> je suis ATSEM à la mairie de Quimper depuis 10 ans, j'ai 45 ans, j'habite à Quimper et je suis reconnue travailleur handicapé
= partage
>> 1
= recapitulatif
~ agent public (fonction publique territoriale)
>> 1
= orientation
~ de façon confidentielle, à Cap emploi (avec une RQTH) ou France Travail
!~ Vous pouvez aussi choisir
~ 1. Prendre rendez-vous avec Cap emploi
~ 2. Prendre rendez-vous avec France Travail
