# Un retraité qui veut reprendre un emploi : demandeur d'emploi, le questionnaire continue.
# Le souhait écrit (« un petit emploi ») répond déjà à « Cherchez-vous un emploi ? » (q28a, pc).
> /start
>> 1
> Je suis retraitée et je voudrais retrouver un petit emploi à Tours, j'ai 63 ans
!~ Cherchez-vous un emploi
= handicap
