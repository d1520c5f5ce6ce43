# Pour une fille agent de la fonction publique hospitalière, l'orientation s'accorde : « Votre fille est
# agente hospitalière », pas « agent hospitalier ».
> bonjour
>> 1
> ma fille a 23 ans, elle est infirmière au CHU de Bordeaux, elle veut se reconvertir
>> 1
>> 1
= orientation
~ Votre fille est agente hospitalière
!~ est agent hospitalier
