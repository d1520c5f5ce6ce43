# « 33000 » à la question de l'âge : c'est un code postal, gardé comme lieu, et l'âge redemandé — pas « Cet âge
# me paraît impossible ».
> /start
>> 1
> je suis demandeur d'emploi et je veux me former
= age
> 33000
!~ Cet âge me paraît impossible
~ C'est noté.
= age
> 38
>> 1
>> 1
= recapitulatif
~ Lieu : Bordeaux (Gironde, 33)
