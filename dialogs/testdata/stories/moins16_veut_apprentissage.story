# À 15 ans, « je veux faire un apprentissage » n'est pas être apprenti : pas de « votre CFA et votre maître
# d'apprentissage », qu'il n'a pas encore, mais l'orientation avant 16 ans.
> /start
>> 1
> j'ai 15 ans et je veux faire un apprentissage en mécanique à Brest
~ Avant 16 ans, le conseil en évolution professionnelle ne s'adresse pas encore à vous.
!~ votre maître d'apprentissage
