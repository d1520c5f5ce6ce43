# Un retraité qui travaille encore (cumul emploi-retraite) : le CEP lui est ouvert ; on ne lui demande pas
# s'il cherche un emploi, on demande la situation de cet emploi.
> /start
>> 1
> Je suis retraité mais je travaille à mi-temps comme comptable dans une PME à Bordeaux, 67 ans, je voudrais faire une formation
= statut
~ Vous travaillez encore : le conseil en évolution professionnelle vous est ouvert.
!~ Cherchez-vous un emploi ?
>> 2
>> 1
>> 1
>> 1
= recapitulatif
~ salarié(e) du privé, retraité(e)
# Retraité(e) choisi sans plus de détail : la question de l'emploi propose « Je travaille encore ».
> /start
>> 1
> bonjour
>> 6
> retraitée
= retraite
~ Je travaille encore
> oui je travaille à temps partiel dans une boulangerie
= statut
~ Vous travaillez encore
