# Une mère écrit pour sa fille : les questions parlent de sa fille, à la troisième personne.
> /start
>> 1
> c'est pour ma fille, elle est au chômage
= age
~ Quel âge a votre fille ?
> elle a 19 ans
= lieu
~ Où habite votre fille ?
> elle habite à Limoges
= recapitulatif
~ pour votre fille
~ 19 ans
~ Limoges
