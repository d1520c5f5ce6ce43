# « Pourquoi vous voulez mon âge ? », « ça sert à quoi ? » : ce que la réponse décide, puis la même question ; une vraie question passe aux fiches.
> bonjour
= consentement
>> 1
> je cherche du travail à Lille
= age
> pourquoi vous voulez mon âge ?
= age
~ L'âge décide de l'organisme compétent
!~ Qui peut bénéficier du CEP
> pourquoi faire un bilan de compétences ?
= age
~ Le bilan de compétences
> 55
= handicap
> ça sert à quoi ?
= handicap
~ Cette question est facultative : une reconnaissance de handicap ouvre l'accompagnement de Cap emploi.
!~ Je n'ai pas compris
> pourquoi pas
= handicap
!~ Cette question est facultative : une reconnaissance
user en
> hello
>> 1
# (« I am a nurse » is asked the sector now: no occupation here)
> I live in Lyon, I am 40
= statut
> why do you need this?
= statut
~ The work situation decides which organisation is competent
