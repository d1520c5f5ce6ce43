# Pour une fille de 15 ans : la fin parle d'elle (« à votre fille », « son collège », « l'accompagner »), pas du visiteur.
> bonjour
= consentement
>> 1
> c'est pour ma fille de 15 ans qui veut arrêter l'école, on habite à Metz
= moins_de_16
~ ne s'adresse pas encore à votre fille
~ de son collège ou lycée
~ la Mission locale pourra l'accompagner
!~ votre orientation
