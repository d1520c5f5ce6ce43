# La situation écrite à la place de l'accord : elle n'est ni lue ni gardée, et c'est dit — pas « je n'ai pas
# compris votre réponse ».
> /start
> je suis au chômage à Lille, 30 ans
= consentement
~ Avant de lire votre situation, j'ai besoin de votre accord : touchez « J'accepte », puis écrivez-la de nouveau.
!~ Je n'ai pas compris
>> 1
= demande
