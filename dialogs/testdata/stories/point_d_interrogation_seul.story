# Un visiteur qui ne comprend pas la question tape seulement « ? » : on lui dit à quoi sert la question,
# puis on la repose, sans « Je n'ai pas compris votre réponse ».
> /start
>> 1
> bonjour
= statut
> ?
= statut
~ La situation professionnelle décide de l'organisme compétent
!~ Je n'ai pas compris
> je suis salarié
= age
> ??
= age
~ L'âge décide de l'organisme compétent
!~ Je n'ai pas compris
> 40
= handicap
> ? ?
~ Cette question est facultative
>> 1
= cadre
