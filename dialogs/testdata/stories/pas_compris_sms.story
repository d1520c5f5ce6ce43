# « g pa compri » (écrit comme un SMS) à la question du secteur : ce que la réponse décide, puis la question —
# comme « je comprends pas » (statut_pas_compris), pas « Je n'ai pas compris votre réponse ».
> /start
>> 1
> slt g 45 ans agent de securite de nuit a marseille jveu changer de metier
= secteur
> g pa compri
= secteur
!~ Je n'ai pas compris votre réponse
~ Votre employeur est-il public
~ la réponse décide de l'organisme.
