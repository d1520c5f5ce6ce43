# Pour sa fille : la question de situation et ses réponses ne sont pas à la première personne.
> /start
>> 1
> c'est pour ma fille
= statut
~ Quelle est la situation professionnelle de votre fille aujourd'hui ?
~ En recherche d'emploi
!~ Je cherche un emploi
> elle cherche un emploi
= age
