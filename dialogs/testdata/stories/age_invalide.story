# Âges invalides : "abc", "150", puis un âge correct.
> /start
>> 1
> je suis au chomage a lille
= age
> abc
= age
~ Je n'ai pas compris votre âge
> 150
= age
~ impossible
> 34
= handicap
