# Au choix du champ à corriger : « mon âge » choisit le champ ; « j'ai 56 ans » ou « Roubaix » (même département) tapés à la place corrigent directement.
> bonjour
= consentement
>> 1
> Je suis secrétaire dans une mairie à Lille, 55 ans, j'habite à Lille
= recapitulatif
>> 2
= correction
> mon âge
= age
> 56
= recapitulatif
~ Âge : 56 ans
>> 2
= correction
> j'ai 57 ans
= recapitulatif
~ Âge : 57 ans
>> 2
= correction
> Roubaix
= recapitulatif
~ Lieu : Roubaix (Nord, 59)
~ Corrigé par vous : âge et lieu.
