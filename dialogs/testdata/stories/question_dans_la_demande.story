# La description contient aussi une question : la réponse vient, puis la suite du dialogue.
> /start
>> 1
> Je suis salarié en CDI à Rennes, j'ai 45 ans, est-ce que je peux faire un bilan de compétences ?
~ Le bilan de compétences
= handicap
