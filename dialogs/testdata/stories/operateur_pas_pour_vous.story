# Un organisme nommé qui n'accompagne pas la situation (« je préfère France Travail » pour un salarié) :
# la réponse dit qui peut l'accompagner, au lieu de « je n'ai pas compris » et de toute l'orientation.
> /start
>> 1
> je suis salarié dans le BTP à Lyon, 42 ans, pas de handicap, pas cadre
>> 1
= orientation
> je préfère France Travail
= orientation
~ France Travail n'assure pas le conseil en évolution professionnelle dans votre situation : c'est l'opérateur régional qui peut vous accompagner.
!~ Je n'ai pas compris
!~ Bon à savoir
> plutôt l'apec
~ L'Apec n'assure pas
>> 1
= modalite
> plutôt pole emploi
= modalite
~ France Travail n'assure pas
~ Comment souhaitez-vous rencontrer
