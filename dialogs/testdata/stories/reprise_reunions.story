# Retour après 24 h devant la liste des réunions : reprendre ramène à l'orientation (les places ont pu changer).
> /start
>> 1
> Je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003
>> 1
>> 1
>> 1
>> 2
= reunions
wait 25h
> 1
= reprise
> reprendre
= orientation
~ M'inscrire à une réunion d'information
