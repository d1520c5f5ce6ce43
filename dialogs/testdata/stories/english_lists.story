# English: lists join with "and", no French « et », « à ».
> hello
>> 1
> I am unemployed, I am 45, I live in Lyon, no disability
= cadre
>> 1
= recapitulatif
~ Understood from your messages: situation, age
~ and
!~ et place
!~ et disability
