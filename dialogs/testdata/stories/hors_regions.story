# Saint-Pierre-et-Miquelon n'est pas dans les 18 régions : contacts nationaux.
> /start
>> 1
> Je suis salarié, 38 ans, je voudrais me former.
= handicap
>> 1
= cadre
>> 1
= lieu
> 97500
~ mon-cep.org
= lieu
> 35000
= recapitulatif
