# « Merci au revoir » à la confirmation : rien n'est encore réservé, c'est dit (pas « je n'ai pas compris »).
> /start
>> 1
> JE SUIS AU CHOMAGE DEPUIS 2 ANS A MARSEILLE J AI 55 ANS
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= confirmation
> merci au revoir
= confirmation
~ Attention : votre rendez-vous n'est pas encore réservé.
!~ Je n'ai pas compris
>> 1
= suivi
# « parfait merci » confirme : c'est une réponse, pas un au revoir.
> /start
>> 1
> JE SUIS AU CHOMAGE DEPUIS 2 ANS A MARSEILLE J AI 55 ANS
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= confirmation
> parfait merci
= suivi
# /rdv à la confirmation : le rendez-vous affiché n'est pas encore réservé (pas « Vous n'avez pas de
# rendez-vous en cours » au-dessus de lui). Un autre visiteur, qui n'a encore rien réservé.
user bob
> /start
>> 1
> JE SUIS AU CHOMAGE DEPUIS 2 ANS A MARSEILLE J AI 55 ANS
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= confirmation
> /rdv
= confirmation
~ Attention : votre rendez-vous n'est pas encore réservé.
!~ Vous n'avez pas de rendez-vous en cours
