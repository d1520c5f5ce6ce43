# Pour un proche, l'âge mal tapé est redemandé à son sujet : « l'âge de votre fille », pas « votre âge ».
> bonjour
= consentement
>> 1
> je me renseigne pour ma fille, elle a arrêté le lycée, on habite à Cayenne
= age
~ Quel âge a votre fille ?
> 1
= age
~ Écrivez l'âge de votre fille en chiffres
!~ votre âge
> je sais plus trop
= age
~ Je n'ai pas compris l'âge de votre fille.
~ Indiquez seulement l'âge de votre fille en années
!~ votre âge
