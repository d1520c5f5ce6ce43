# Une RQTH dite dans la description : la question du partage nomme ce qui sera transmis (pas « cette
# information », qui ne renvoie à rien), et pour un proche, c'est la sienne.
> /start
>> 1
> Je suis cadre commercial dans une grosse boîte à Paris, 52 ans, j'ai une RQTH depuis mon accident
= partage
~ Acceptez-vous que votre reconnaissance de handicap soit transmise au conseiller qui vous recevra ?
!~ cette information
> /start
>> 1
> je vous écris pour ma fille
> Elle a 23 ans, elle a une RQTH, elle cherche du travail à Nantes
= partage
~ Acceptez-vous que la reconnaissance de handicap de votre fille soit transmise à son conseiller ?
