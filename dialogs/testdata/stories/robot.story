# « Vous êtes un robot ? » a sa réponse (pas « je ne sais pas répondre »).
> /start
>> 1
> JE SUIS AU CHOMAGE DEPUIS 2 ANS A MARSEILLE J AI 55 ANS
>> 1
>> 1
>> 1
= orientation
> vous êtes un robot ?
= orientation
~ Oui, je suis un programme automatique.
!~ Je ne sais pas répondre
