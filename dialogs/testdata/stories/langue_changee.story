# Une question posée en anglais, « en fait je préfère le français » : la même question en français, pas « Je n'ai
# pas compris votre âge ».
> /start
>> 1
> Hello I lost my job in Nantes
= age
~ How old are you?
> en fait je préfère le français
= age
!~ Je n'ai pas compris
~ Quel âge avez-vous ?
> 44
= handicap
