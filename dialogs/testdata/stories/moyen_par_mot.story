# Le moyen de contact tapé avec sa préposition (« par mail », « par sms », « au tel ») choisit l'option : « par mail » était « Je n'ai pas compris » au lien de la visio et au contact.
> bonjour
= consentement
>> 1
> Je suis cuisinier dans un restaurant, 35 ans, à Périgueux
= handicap
>> 1
= cadre
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= modalite
> en visio
= creneau
> le deuxième créneau
= contact
~ Où voulez-vous le recevoir ?
> par mail
= coordonnees
~ Quelle est votre adresse e-mail ?
!~ Je n'ai pas compris
user bob
> bonjour
= consentement
>> 1
> Je suis cuisinier dans un restaurant, 35 ans, à Bordeaux
= handicap
>> 1
= cadre
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= modalite
> sur place
= creneau
>> 1
= contact
~ Comment le conseiller peut-il vous joindre si besoin ?
> au tel
= coordonnees
!~ Je n'ai pas compris
