# Un autre fait écrit à la question du partage du handicap (« j'ai 31 ans en fait », « j'habite à Nantes »)
# est gardé et la question, toujours sans réponse, reposée — il était perdu (« Je n'ai pas compris »).
> /start
>> 1
> je cherche du travail, j'ai 30 ans, j'habite à Pointe-à-Pitre et j'ai une RQTH
= partage
> j'ai 31 ans en fait
~ C'est noté.
!~ Je n'ai pas compris
= partage
> en fait j'habite à Nantes maintenant
~ C'est noté.
= partage
>> 1
= recapitulatif
~ Âge : 31 ans
~ Lieu : Nantes (Loire-Atlantique, 44)
