# Une réponse non comprise à l'orientation : la question revient courte (ce qui peut se faire maintenant),
# sans réimprimer l'organisme, les raisons et les dispositifs lus juste avant.
> /start
>> 1
> je suis au chômage à Lille, 30 ans
>> 1
>> 1
>> 1
= orientation
> bof
= orientation
~ Je n'ai pas compris
~ Que souhaitez-vous faire maintenant ?
~ Prendre rendez-vous avec France Travail
!~ Bon à savoir
!~ L'organisme qui peut vous accompagner
