# Salariée du privé de 41 ans à Nantes : opérateur régional, Apec proposée si cadre.
> bonjour
= consentement
>> 1
> Je suis salariée en CDI dans le commerce à Nantes, j'ai 41 ans et je voudrais me reconvertir.
= handicap
>> 1
= cadre
>> 1
= recapitulatif
~ salarié(e) du privé
~ Nantes
>> 1
= orientation
~ l'opérateur régional du CEP
>> 1
= modalite
>> 1
= creneau
>> 1
= contact
>> 1
= confirmation
>> 1
= suivi
~ Référence : CEP-
