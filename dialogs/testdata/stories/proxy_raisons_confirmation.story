# Un père écrit pour son fils de 19 ans : les raisons, l'organisme, la modalité, les options et la confirmation parlent de son fils.
> /start
>> 1
> c'est pour mon fils, il a 19 ans, il cherche du travail
= lieu
~ Où habite votre fils ?
> Lyon
= recapitulatif
~ pour votre fils
>> 1
= orientation
~ L'organisme qui peut accompagner votre fils : la Mission locale.
~ Pourquoi ? Votre fils a moins de 26 ans : la Mission locale accompagne
!~ Vous avez moins de 26 ans
>> 1
= modalite
~ Comment votre fils souhaite-t-il rencontrer le conseiller
>> 1
= creneau
>> 1
>> 1
>> 1
= suivi
~ Le conseiller recevra la demande de votre fils avant le rendez-vous.
