# Créneau pris entre le choix et la confirmation, par quelqu'un qui n'a pas demandé ce conseiller :
# le visiteur, qui n'a pas demandé de conseiller, est reçu à la même heure par un autre conseiller, sans nouvelle question.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
= creneau
>> 1
>> 1
= confirmation
booking taken
>> 1
= suivi
~ Référence : CEP-
~ Mardi 1er décembre à 10 h
