# « Je préfère ne pas répondre » à l'âge ou au lieu : ce que la réponse décide, et qu'un conseiller peut reprendre, au lieu de « Je n'ai pas reconnu ce lieu » ; à la question facultative du handicap, c'est toujours le choix « Je préfère ne pas répondre ».
> bonjour
= consentement
>> 1
> je cherche du travail
= age
> je préfère ne pas répondre
!~ Je n'ai pas compris
~ L'âge décide de l'organisme compétent
~ /conseiller
= age
> 40
= handicap
> je préfère ne pas répondre
!~ Cette question est facultative
= cadre
>> 1
= lieu
> je ne veux pas le dire
!~ Je n'ai pas reconnu ce lieu
~ Le lieu de résidence décide
~ /conseiller
= lieu
