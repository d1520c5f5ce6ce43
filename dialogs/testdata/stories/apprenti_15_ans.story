# Un apprenti de 15 ans : un apprenti est un salarié ; le CFA et la Mission locale, puis une fin.
> /start
>> 1
> je suis apprenti boulanger à Pau, j'ai 15 ans
= moins_de_16
~ Un apprenti est un salarié
~ Mission locale
>> 2
= fin
