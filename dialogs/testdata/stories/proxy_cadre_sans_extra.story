# La question du cadre pour un proche se lit sans reste de formatage (« %!(EXTRA string=votre fille) »).
> bonjour
>> 1
> je vous écris pour ma fille
> elle a 34 ans, elle est vendeuse en CDI chez Decathlon à Lille, elle veut changer de métier
>> 1
= cadre
~ Votre fille est-elle cadre, ou diplômée d'un bac+3 ou plus ?
!~ %!
