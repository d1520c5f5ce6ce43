# Une visiteuse écrit en espagnol : on lui dit, en espagnol et en français, que l'assistant répond en français
# ou en anglais, puis la question est reposée, sans « Je n'ai pas compris » ni faits perdus en silence.
> /start
>> 1
> Hola, soy española, vivo en Toulouse, tengo 28 años y busco trabajo
= demande
~ Lo siento
~ Je réponds en français ou en anglais
~ Décrivez votre situation
> je cherche du travail, j'ai 28 ans, j'habite à Toulouse
!~ Lo siento
= handicap
> no entiendo nada
~ Lo siento
!~ Je n'ai pas compris
= handicap
