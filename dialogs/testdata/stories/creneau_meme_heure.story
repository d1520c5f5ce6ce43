# L'heure choisie vient d'être prise chez le conseiller proposé, pas chez les autres :
# le visiteur garde son heure avec un autre conseiller, sans nouvelle question.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
= creneau
booking taken
>> 1
= contact
>> 1
= confirmation
~ Mardi 1er décembre à 10 h
>> 1
= suivi
~ Référence : CEP-
~ Mardi 1er décembre à 10 h
