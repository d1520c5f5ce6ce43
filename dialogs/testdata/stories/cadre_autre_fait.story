# Un autre fait écrit à la question du cadre ou du handicap (« en fait j'habite à Bastia maintenant ») :
# il est gardé, et la question, restée sans réponse, est posée de nouveau — pas sautée jusqu'au récapitulatif.
> /start
>> 1
> je suis serveur saisonnier à Ajaccio, 27 ans, je voudrais passer un diplôme
= handicap
> en fait j'habite à Bastia maintenant
= handicap
~ C'est noté.
>> 1
= cadre
> j'ai 28 ans pardon
= cadre
~ Êtes-vous cadre
>> 1
= recapitulatif
~ Bastia
~ 28 ans
