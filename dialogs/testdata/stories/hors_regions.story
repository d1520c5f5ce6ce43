# Saint-Pierre-et-Miquelon n'est pas dans les 18 régions : gardé dès la question du lieu, puis contacts nationaux ; un autre lieu peut encore être donné.
> /start
>> 1
> Je suis salarié, 38 ans, je voudrais me former.
= handicap
>> 1
= cadre
>> 1
= lieu
> 97500
= recapitulatif
~ Saint-Pierre-et-Miquelon (hors des régions couvertes par le CEP)
>> 1
~ mon-cep.org
> j'habite à Rennes en fait
= recapitulatif
~ Rennes
