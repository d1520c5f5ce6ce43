# Une question posée à l'orientation : la réponse, puis seulement ce qui peut être fait maintenant, sans réimprimer l'orientation.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
= orientation
> c'est quoi le CPF ?
= orientation
~ compte personnel de formation
~ Que souhaitez-vous faire maintenant ?
!~ L'organisme qui peut vous accompagner
