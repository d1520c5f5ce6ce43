# Après trois réponses incomprises, le numéro du bouton « Parler à un conseiller » tapé est ce bouton (pas un lieu non reconnu).
> bonjour
= consentement
>> 1
> je suis au chômage, 40 ans, pas de handicap, pas cadre
= lieu
> xx
> yy
> zz
~ 1. Parler à un conseiller
> 1
!~ Je n'ai pas reconnu ce lieu
= conseiller_contact
