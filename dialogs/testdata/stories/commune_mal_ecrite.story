# Une commune mal écrite est proposée et confirmée par une question.
> bonjour
= consentement
>> 1
> au chômage depuis 4 mois, 35 ans, j'habite Marseil
= commune
~ Vouliez-vous dire Marseille (Bouches-du-Rhône, 13) ?
> oui
= handicap
>> 1
= cadre
>> 1
= recapitulatif
~ Marseille
