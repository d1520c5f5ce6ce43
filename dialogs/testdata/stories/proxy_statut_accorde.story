# Pour un proche, la situation dans les raisons s'accorde : « Votre fille est salariée du privé », « Votre fils
# est salarié du privé », pas « salarié(e) ».
> bonjour
>> 1
> je vous écris pour ma fille
> elle a 34 ans, elle est vendeuse en CDI chez Decathlon à Lille, elle veut changer de métier
>> 1
>> 1
>> 1
>> 1
= orientation
~ Votre fille est salariée du privé :
!~ salarié(e)
> /start
>> 1
> je vous écris pour mon fils
> il a 34 ans, il est vendeur en CDI chez Decathlon à Lille, il veut changer de métier
>> 1
>> 1
>> 1
>> 1
= orientation
~ Votre fils est salarié du privé :
