# Une correction en mots après la réservation (« en fait j'ai 42 ans ») est gardée ; si elle change l'organisme compétent, le visiteur l'apprend avec la marche à suivre, sinon que son rendez-vous ne change pas. Elle était ignorée.
> bonjour
= consentement
>> 1
> Je suis cuisinier dans un restaurant, 24 ans, à Bordeaux
= recapitulatif
>> 1
= orientation
~ la Mission locale
>> 1
= modalite
>> 1
= creneau
>> 1
= contact
>> 1
= confirmation
>> 1
= suivi
> en fait j'ai 42 ans
= suivi
~ C'est noté. Avec cette information, l'organisme qui peut vous accompagner est l'opérateur régional du CEP, pas celui de votre rendez-vous.
~ Écrivez /rdv pour annuler ce rendez-vous
user bob
> bonjour
= consentement
>> 1
> Demandeuse d'emploi, 45 ans, Nancy, RQTH
= partage
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= modalite
>> 1
= creneau
>> 1
= contact
>> 1
= confirmation
>> 1
= suivi
> en fait j'ai 54 ans
= suivi
~ C'est noté. Votre rendez-vous ne change pas
~ Votre rendez-vous est prévu
> merci beaucoup
~ Votre rendez-vous est prévu
!~ C'est noté
