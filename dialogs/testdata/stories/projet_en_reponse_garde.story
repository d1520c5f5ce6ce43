# Un demandeur d'emploi qui écrit d'abord en anglais, puis répond en français à la question du handicap par son projet (« je veux une formation ») : le projet est gardé, et la question reposée.
> bonjour
= consentement
>> 1
> I'm unemployed, 28 years old, living in Nantes
= handicap
> je veux une formation
~ C'est noté.
= handicap
>> 1
= cadre
>> 1
= recapitulatif
~ Projet : formation
