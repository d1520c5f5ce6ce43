# « ce n'est pas pour moi, c'est pour une personne que j'accompagne » après la description (issue 13) :
# les faits lus jusque-là étaient ceux de l'écrivain ; la suite parle de « votre bénéficiaire ».
> /start
>> 1
> j'ai 45 ans, je cherche du travail à Lens
= handicap
~ avez-vous une reconnaissance de handicap
> ce n'est pas pour moi, c'est pour une personne que j'accompagne, elle a 50 ans, elle est au RSA
= handicap
~ Question facultative : votre bénéficiaire a-t-elle une reconnaissance de handicap
