# Un agent territorial : l'annuaire ne prend pas de rendez-vous avec son employeur ; la seule prise de
# rendez-vous proposée est « Prendre rendez-vous avec France Travail », pas « Plutôt avec », qui supposerait
# un premier choix.
> /start
>> 1
> Je suis agent territorial, ATSEM dans une école à Montpellier, 50 ans, je veux changer de métier
>> 1
>> 1
= orientation
~ 1. Prendre rendez-vous avec France Travail
!~ Plutôt avec
>> 1
= modalite
