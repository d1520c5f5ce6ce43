# « c'est payant ? » avant ou après l'accord : la fiche sur la gratuité du CEP, seule ; pas celle du CPF, qui
# n'est pas demandé (le mot « payant » la faisait venir en second par « payer »).
# Demandée de nouveau, la fiche déjà montrée n'est pas réimprimée : un renvoi à la réponse plus haut, avec son titre.
> /start
> c'est payant ?
~ Le CEP est entièrement gratuit pour vous.
!~ Le compte personnel de formation (CPF)
>> 1
= demande
> c'est payant ?
~ plus haut (« Le CEP est-il gratuit et confidentiel ? »)
!~ Le compte personnel de formation (CPF)
> je suis au chômage à Lille, 40 ans
>> 1
>> 1
> c'est payant le CPF ?
~ Le compte personnel de formation (CPF)
