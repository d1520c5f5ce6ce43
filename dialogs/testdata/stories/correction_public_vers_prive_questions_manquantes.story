# Une infirmière lue au CHU qui corrige après l'orientation (« non en fait je suis dans le privé, c'est une clinique ») : le handicap et le statut cadre, jamais demandés à un agent public, le sont avant le récapitulatif (ils décident entre Cap emploi, l'Apec et l'opérateur régional).
> bonjour
= consentement
>> 1
> infirmière au CHU de Nantes, 41 ans, j'habite à Nantes, je veux me reconvertir
= recapitulatif
>> 1
= orientation
>> 1
= modalite
> non en fait je suis dans le privé, c'est une clinique
~ C'est noté.
= handicap
>> 1
= cadre
>> 2
= recapitulatif
~ Situation : salarié(e) du privé
~ Handicap reconnu : non
~ Cadre : oui
>> 1
= orientation
~ Apec
