/**
 * Passwords that attackers try first, lower case, separated by white space. Built for this
 * project from well-known patterns rather than copied from a leak: the perennial top entries of
 * published breach statistics, keyboard walks (qwerty, 1qaz2wsx, asdfghjkl ...), digit runs and
 * repetitions, years, favourite words with the usual suffixes (`password123`, `sakura2024`),
 * Japanese romaji favourites (sakura, doraemon, aishiteru ...) and crypto-exchange vocabulary
 * (bitcoin, satoshi, hodl ...). The policy also strips leading and trailing digits and symbols
 * before looking a password up, so `doraemon1985!` is caught without being listed.
 */
const list = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321
superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh
hunter buster soccer harley batman andrew tigger sunshine iloveyou 2000 charlie robert thomas hockey
ranger daniel starwars klaster 112233 george computer michelle jessica pepper 1111 zxcvbn 555555
11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess joshua cheese amanda summer
love ashley nicole chelsea matthew access yankees 987654321 dallas austin thunder taylor matrix
mobilemail monitor monitoring montana moon moscow william corvette hello martin heather secret merlin
diamond 1234qwer gfhjkm hammer silver 222222 88888888 anthony justin test bailey q1w2e3r4t5 patrick
internet scooter orange 11111 golfer cookie richard samantha bigdog guitar jackson whatever mickey
chicken sparky snoopy maverick phoenix camaro peanut morgan welcome falcon cowboy ferrari samsung andrea
smokey steelers joseph mercedes dakota arsenal eagles melissa boomer booboo spider nascar monster tigers
yellow xxxxxx 123123123 gateway marina diablo bulldog qwer1234 compaq purple banana junior hannah 123654
porsche lakers iceman money cowboys 987654 london tennis 999999 ncc1701 coffee scooby 0000 miller boston
q1w2e3r4 brandon yamaha chester mother forever johnny edward 333333 oliver redsox player nikita knight
fender barney midnight please brandy chicago badboy slayer rangers charles angel flower bigdaddy rabbit
wizard jasper enter rachel chris steven winner adidas victoria natasha 1q2w3e4r jasmine winter prince
marine ghbdtn fishing cocacola casper james 232323 raiders 888888 marlboro gandalf asdfasdf crystal
87654321 12344321 golden 8675309 panther lauren angela thx1138 angels madison winston shannon mike
toyota jordan23 canada sophie apples tiger razz 123abc pokemon qazxsw 55555 qwaszx muffin johnson murphy
cooper jonathan liverpoo david danielle 159357 jackie 1990 123456a 789456 turtle abcd1234 scorpion
qazwsxedc 101010 butter carlos password1 dennis slipknot qwerty123 booger asdf 1991 black startrek
12341234 cameron newyork rainbow nathan john 1992 rocket viking redskins asdfghjkl 1212 sierra peaches
gemini doctor wilson sandra helpme qwertyui victor florida dolphin pookie captain tucker blue liverpool
theman bandit dolphins maddog packers jaguar lovers nicholas united tiffany maxwell zzzzzz nirvana
jeremy monica elephant giants hotdog rosebud success debbie mountain 444444 xxxxxxxx warrior 1q2w3e4r5t
q1w2e3 123456q albert metallic lucky azerty 7777 alex bond007 alexis 1111111 samson 5150 willie scorpio
bonnie gators benjamin voodoo driver dexter 2112 jason calvin freddy 212121 creative 12345a sydney
rush2112 1989 asdfghjk red123 bubba 4815162342 passw0rd trouble gunner happy gordon legend jessie stella
qwert eminem arthur apple nissan bear america 1qazxsw2 nothing parker 4444 rebecca qweqwe garfield
01012011 beavis 69696969 jack asdasd december 2222 102030 252525 11223344 magic apollo skippy 315475
kitten golf copper braves shelby godzilla beaver fred tomcat august buddy airborne 1993 1988 lifehack
qqqqqq brooklyn animal platinum phantom online xavier darkness blink182 power fish green 789456123
voyager police travis 12qwaszx heaven snowball lover abcdef 00000 pakistan 007007 walter blazer cricket
sniper donkey willow loveme saturn therock redwings bigboy pumpkin trinity williams nintendo digital
destiny topgun runner marvin guinness chance bubbles testing fire november minecraft asdf1234 lasvegas
sergey broncos cartman private celtic birdie little cassie babygirl donald beatles 1313 family 12121212
school louise gabriel eclipse fluffy 147258369 lol123 explorer beer nelson flyers spencer scott lovely
gibson doggie cherry andrey snickers buffalo pantera metallica member carter qwertyu peter alexande
steve bronco paradise goober 5555 samuel montecarlo tinkerbell cheyenne adrian iloveu sophia sweety
yahoo manchester tester jesus letmein1 welcome1 admin admin123 administrator root toor changeme default
guest user login passwd p@ssw0rd p@ssword pa55word password! password12 password123 password1234
passw0rd1 qwerty1 qwerty12 qwerty1234 qwertyuiop123 iloveyou1 iloveyou123 princess1 sunshine1 football1
baseball1 monkey123 dragon123 master123 shadow123 superman123 batman123 abc12345 abcd12345 abcdefg
abcdefgh abcdefghij a1b2c3d4 a1b2c3 aa123456 zaq12wsx zaq1xsw2 !qaz2wsx 1qaz!qaz 1qaz@wsx qweasdzxc
qweasd asdzxc zxcasdqwe 147258 147852 258369 369258 963852741 741852963 159357456 qwer asdfg zxcv 1q2w3e
1q2w3e4r5t6y 1q2w3e4r5t6y7u8i9o0p zxcvbnm123 asdfghjkl123 qwertyuiop1 password2 password3 letmein123
trustno12 hello123 hello1234 helloworld welcome123 welcome2024 iloveyou2 loveyou123 mypassword mypass
secret123 test123 test1234 testtest temp123 temppass summer2024 winter2024 spring2024 autumn2024
1qaz2wsx3edc 1qaz2wsx3edc4rfv qazwsxedcrfv qwertyasdfgh 0987654321 9876543210 01234567 012345678
0123456789 1234554321 123454321 12345654321 123456654321 123654789 147896325 159753852 11112222 aaaa1111
aaaaaaaaaa qqqqqqqqqq zzzzzzzzzz 1234512345 123123123123 abcabc abcabcabc sakura doraemon pikachu naruto
sasuke goku tanaka suzuki sato satou takahashi watanabe yamamoto nakamura kobayashi kato yoshida yamada
sasaki yamaguchi matsumoto inoue kimura hayashi shimizu arigato arigatou daisuki aishiteru kawaii nihon
nippon japan tokyo osaka kyoto nagoya yokohama sapporo fukuoka kobe okinawa hokkaido ganbare ganbatte
himitsu neko nekochan hikari yamato samurai ninja sushi ramen totoro gundam anpanman yuki haruka sora
hana hanako taro tarou ichiro jiro akira hiroshi takeshi kenji makoto yuta yuto haruto sota riku hinata
miku hatsune hatsunemiku kirito asuna onepiece luffy zoro conan ghibli ponyo kiki totoro1 gokusan vegeta
dragonball sailormoon usagi tsukino evangelion shinji asuka pokemon1 pikachu1 hellokitty kitty kittychan
rilakkuma kumamon momotaro kintaro urashima fujisan fuji sakurajima tanuki kitsune usagi1 kuma tora
doragon shinobi katana bushido shogun daimyo tenno sensei senpai kouhai otaku manga anime kawaii1 tamago
gohan onigiri mochi sake kanpai oyasumi ohayo ohayou konnichiwa konbanwa sayonara moshimoshi baka sugoi
yabai tsuyoi genki nanika dame ichigo ringo mikan momo budou suika banana1 melon lemon tomato nasu
daikon kinoko takoyaki okonomiyaki yakisoba yakiniku tempura udon soba miso natto wasabi shoyu umeboshi
matcha sencha ocha kohi biru nihonshu shochu haru natsu fuyu hiru yoru tsuki taiyo hoshi kaze yukiguni
yama kawa mori hayashi1 sakura1 sakurasaku shiawase kibou yume tomodachi kazoku okaasan otousan oniichan
oneechan imouto otouto baachan jiichan tanjoubi omedetou akemashite kotoshi rainen kyou ashita kinou
suki kirai taisetsu daijoubu wakaranai shiranai iranai hayaku yukkuri chotto kamisama hotoke jinja otera
matsuri hanabi yukata kimono geisha maiko tatami futon kotatsu shinkansen densha jitensha kuruma hikouki
fune gakkou daigaku kaisha shigoto yasumi nichiyou doyou kinyou getsuyou mizu tsuchi kane tetsu ichi
roku shichi hachi kyuu hyaku bitcoin ethereum satoshi nakamoto satoshinakamoto hodl hodler tothemoon
lambo crypto cryptocurrency blockchain binance coinbase kraken bitflyer coincheck zaif bitbank liquid
huobi bybit ripple litecoin dogecoin doge shiba shibainu monero cardano solana polkadot tether usdt defi
web3 metamask ledger trezor wallet mywallet coldwallet seed seedphrase mnemonic privatekey miner mining
hashrate blocktime genesis whale bull bullrun altcoin shitcoin pump dump fomo rekt wagmi gmgm buidl
vitalik buterin mtgox password12345 password1! password2024 password2025 qwerty12345 qwerty! qwerty1!
qwerty2024 qwerty2025 dragon1 dragon12 dragon1234 dragon12345 dragon! dragon1! dragon2024 dragon2025
baseball12 baseball123 baseball1234 baseball12345 baseball! baseball1! baseball2024 baseball2025
football12 football123 football1234 football12345 football! football1! football2024 football2025 monkey1
monkey12 monkey1234 monkey12345 monkey! monkey1! monkey2024 monkey2025 letmein12 letmein1234
letmein12345 letmein! letmein1! letmein2024 letmein2025 shadow1 shadow12 shadow1234 shadow12345 shadow!
shadow1! shadow2024 shadow2025 master1 master12 master1234 master12345 master! master1! master2024
master2025 qwertyuiop12 qwertyuiop1234 qwertyuiop12345 qwertyuiop! qwertyuiop1! qwertyuiop2024
qwertyuiop2025 mustang1 mustang12 mustang123 mustang1234 mustang12345 mustang! mustang1! mustang2024
mustang2025 michael1 michael12 michael123 michael1234 michael12345 michael! michael1! michael2024
michael2025 superman1 superman12 superman1234 superman12345 superman! superman1! superman2024
superman2025 qazwsx1 qazwsx12 qazwsx123 qazwsx1234 qazwsx12345 qazwsx! qazwsx1! qazwsx2024 qazwsx2025
killer1 killer12 killer123 killer1234 killer12345 killer! killer1! killer2024 killer2025 jordan1
jordan12 jordan123 jordan1234 jordan12345 jordan! jordan1! jordan2024 jordan2025 jennifer1 jennifer12
jennifer123 jennifer1234 jennifer12345 jennifer! jennifer1! jennifer2024 jennifer2025 zxcvbnm1 zxcvbnm12
zxcvbnm1234 zxcvbnm12345 zxcvbnm! zxcvbnm1! zxcvbnm2024 zxcvbnm2025 asdfgh1 asdfgh12 asdfgh123
asdfgh1234 asdfgh12345 asdfgh! asdfgh1! asdfgh2024 asdfgh2025 hunter1 hunter12 hunter123 hunter1234
hunter12345 hunter! hunter1! hunter2024 hunter2025 buster1 buster12 buster123 buster1234 buster12345
buster! buster1! buster2024 buster2025 soccer1 soccer12 soccer123 soccer1234 soccer12345 soccer!
soccer1! soccer2024 soccer2025 harley1 harley12 harley123 harley1234 harley12345 harley! harley1!
harley2024 harley2025 batman1 batman12 batman1234 batman12345 batman! batman1! batman2024 batman2025
andrew1 andrew12 andrew123 andrew1234 andrew12345 andrew! andrew1! andrew2024 andrew2025 tigger1
tigger12 tigger123 tigger1234 tigger12345 tigger! tigger1! tigger2024 tigger2025 sunshine12 sunshine123
sunshine1234 sunshine12345 sunshine! sunshine1! sunshine2024 sunshine2025 iloveyou12 iloveyou1234
iloveyou12345 iloveyou! iloveyou1! iloveyou2024 iloveyou2025 charlie1 charlie12 charlie123 charlie1234
charlie12345 charlie! charlie1! charlie2024 charlie2025 robert1 robert12 robert123 robert1234
robert12345 robert! robert1! robert2024 robert2025 thomas1 thomas12 thomas123 thomas1234 thomas12345
thomas! thomas1! thomas2024 thomas2025 hockey1 hockey12 hockey123 hockey1234 hockey12345 hockey!
hockey1! hockey2024 hockey2025 ranger1 ranger12 ranger123 ranger1234 ranger12345 ranger! ranger1!
ranger2024 ranger2025 daniel1 daniel12 daniel123 daniel1234 daniel12345 daniel! daniel1! daniel2024
daniel2025 starwars1 starwars12 starwars123 starwars1234 starwars12345 starwars! starwars1! starwars2024
starwars2025 klaster1 klaster12 klaster123 klaster1234 klaster12345 klaster! klaster1! klaster2024
klaster2025 george1 george12 george123 george1234 george12345 george! george1! george2024 george2025
computer1 computer12 computer123 computer1234 computer12345 computer! computer1! computer2024
computer2025 michelle1 michelle12 michelle123 michelle1234 michelle12345 michelle! michelle1!
michelle2024 michelle2025 jessica1 jessica12 jessica123 jessica1234 jessica12345 jessica! jessica1!
jessica2024 jessica2025 pepper1 pepper12 pepper123 pepper1234 pepper12345 pepper! pepper1! pepper2024
pepper2025 zxcvbn1 zxcvbn12 zxcvbn123 zxcvbn1234 zxcvbn12345 zxcvbn! zxcvbn1! zxcvbn2024 zxcvbn2025
freedom1 freedom12 freedom123 freedom1234 freedom12345 freedom! freedom1! freedom2024 freedom2025 pass1
pass12 pass123 pass1234 pass12345 pass! pass1! pass2024 pass2025 maggie1 maggie12 maggie123 maggie1234
maggie12345 maggie! maggie1! maggie2024 maggie2025 aaaaaa1 aaaaaa12 aaaaaa123 aaaaaa1234 aaaaaa12345
aaaaaa! aaaaaa1! aaaaaa2024 aaaaaa2025 ginger1 ginger12 ginger123 ginger1234 ginger12345 ginger!
ginger1! ginger2024 ginger2025 princess12 princess123 princess1234 princess12345 princess! princess1!
princess2024 princess2025 joshua1 joshua12 joshua123 joshua1234 joshua12345 joshua! joshua1! joshua2024
joshua2025 cheese1 cheese12 cheese123 cheese1234 cheese12345 cheese! cheese1! cheese2024 cheese2025
amanda1 amanda12 amanda123 amanda1234 amanda12345 amanda! amanda1! amanda2024 amanda2025 summer1
summer12 summer123 summer1234 summer12345 summer! summer1! summer2025 love1 love12 love123 love1234
love12345 love! love1! love2024 love2025 ashley1 ashley12 ashley123 ashley1234 ashley12345 ashley!
ashley1! ashley2024 ashley2025 nicole1 nicole12 nicole123 nicole1234 nicole12345 nicole! nicole1!
nicole2024 nicole2025 chelsea1 chelsea12 chelsea123 chelsea1234 chelsea12345 chelsea! chelsea1!
chelsea2024 chelsea2025 matthew1 matthew12 matthew123 matthew1234 matthew12345 matthew! matthew1!
matthew2024 matthew2025 access1 access12 access123 access1234 access12345 access! access1! access2024
access2025 yankees1 yankees12 yankees123 yankees1234 yankees12345 yankees! yankees1! yankees2024
yankees2025 dallas1 dallas12 dallas123 dallas1234 dallas12345 dallas! dallas1! dallas2024 dallas2025
austin1 austin12 austin123 austin1234 austin12345 austin! austin1! austin2024 austin2025 thunder1
thunder12 thunder123 thunder1234 thunder12345 thunder! thunder1! thunder2024 thunder2025 taylor1
taylor12 taylor123 taylor1234 taylor12345 taylor! taylor1! taylor2024 taylor2025 matrix1 matrix12
matrix123 matrix1234 matrix12345 matrix! matrix1! matrix2024 matrix2025 mobilemail1 mobilemail12
mobilemail123 mobilemail1234 mobilemail12345 mobilemail! mobilemail1! mobilemail2024 mobilemail2025
monitor1 monitor12 monitor123 monitor1234 monitor12345 monitor! monitor1! monitor2024 monitor2025
monitoring1 monitoring12 monitoring123 monitoring1234 monitoring12345 monitoring! monitoring1!
monitoring2024 monitoring2025 montana1 montana12 montana123 montana1234 montana12345 montana! montana1!
montana2024 montana2025 moon1 moon12 moon123 moon1234 moon12345 moon! moon1! moon2024 moon2025 moscow1
moscow12 moscow123 moscow1234 moscow12345 moscow! moscow1! moscow2024 moscow2025 william1 william12
william123 william1234 william12345 william! william1! william2024 william2025 corvette1 corvette12
corvette123 corvette1234 corvette12345 corvette! corvette1! corvette2024 corvette2025 hello1 hello12
hello12345 hello! hello1! hello2024 hello2025 martin1 martin12 martin123 martin1234 martin12345 martin!
martin1! martin2024 martin2025 heather1 heather12 heather123 heather1234 heather12345 heather! heather1!
heather2024 heather2025 secret1 secret12 secret1234 secret12345 secret! secret1! secret2024 secret2025
merlin1 merlin12 merlin123 merlin1234 merlin12345 merlin! merlin1! merlin2024 merlin2025 diamond1
diamond12 diamond123 diamond1234 diamond12345 diamond! diamond1! diamond2024 diamond2025 gfhjkm1
gfhjkm12 gfhjkm123 gfhjkm1234 gfhjkm12345 gfhjkm! gfhjkm1! gfhjkm2024 gfhjkm2025 hammer1 hammer12
hammer123 hammer1234 hammer12345 hammer! hammer1! hammer2024 hammer2025 silver1 silver12 silver123
silver1234 silver12345 silver! silver1! silver2024 silver2025 anthony1 anthony12 anthony123 anthony1234
anthony12345 anthony! anthony1! anthony2024 anthony2025 justin1 justin12 justin123 justin1234
justin12345 justin! justin1! justin2024 justin2025 test1 test12 test12345 test! test1! test2024 test2025
bailey1 bailey12 bailey123 bailey1234 bailey12345 bailey! bailey1! bailey2024 bailey2025 patrick1
patrick12 patrick123 patrick1234 patrick12345 patrick! patrick1! patrick2024 patrick2025 internet1
internet12 internet123 internet1234 internet12345 internet! internet1! internet2024 internet2025
scooter1 scooter12 scooter123 scooter1234 scooter12345 scooter! scooter1! scooter2024 scooter2025
orange1 orange12 orange123 orange1234 orange12345 orange! orange1! orange2024 orange2025 golfer1
golfer12 golfer123 golfer1234 golfer12345 golfer! golfer1! golfer2024 golfer2025 cookie1 cookie12
cookie123 cookie1234 cookie12345 cookie! cookie1! cookie2024 cookie2025 richard1 richard12 richard123
richard1234 richard12345 richard! richard1! richard2024 richard2025 samantha1 samantha12 samantha123
samantha1234 samantha12345 samantha! samantha1! samantha2024 samantha2025 bigdog1 bigdog12 bigdog123
bigdog1234 bigdog12345 bigdog! bigdog1! bigdog2024 bigdog2025 guitar1 guitar12 guitar123 guitar1234
guitar12345 guitar! guitar1! guitar2024 guitar2025 jackson1 jackson12 jackson123 jackson1234
jackson12345 jackson! jackson1! jackson2024 jackson2025 whatever1 whatever12 whatever123 whatever1234
whatever12345 whatever! whatever1! whatever2024 whatever2025 mickey1 mickey12 mickey123 mickey1234
mickey12345 mickey! mickey1! mickey2024 mickey2025 chicken1 chicken12 chicken123 chicken1234
chicken12345 chicken! chicken1! chicken2024 chicken2025 sparky1 sparky12 sparky123 sparky1234
sparky12345 sparky! sparky1! sparky2024 sparky2025 snoopy1 snoopy12 snoopy123 snoopy1234 snoopy12345
snoopy! snoopy1! snoopy2024 snoopy2025 maverick1 maverick12 maverick123 maverick1234 maverick12345
maverick! maverick1! maverick2024 maverick2025 phoenix1 phoenix12 phoenix123 phoenix1234 phoenix12345
phoenix! phoenix1! phoenix2024 phoenix2025 camaro1 camaro12 camaro123 camaro1234 camaro12345 camaro!
camaro1! camaro2024 camaro2025 peanut1 peanut12 peanut123 peanut1234 peanut12345 peanut! peanut1!
peanut2024 peanut2025 morgan1 morgan12 morgan123 morgan1234 morgan12345 morgan! morgan1! morgan2024
morgan2025 welcome12 welcome1234 welcome12345 welcome! welcome1! welcome2025 falcon1 falcon12 falcon123
falcon1234 falcon12345 falcon! falcon1! falcon2024 falcon2025 cowboy1 cowboy12 cowboy123 cowboy1234
cowboy12345 cowboy! cowboy1! cowboy2024 cowboy2025 ferrari1 ferrari12 ferrari123 ferrari1234
ferrari12345 ferrari! ferrari1! ferrari2024 ferrari2025 samsung1 samsung12 samsung123 samsung1234
samsung12345 samsung! samsung1! samsung2024 samsung2025 andrea1 andrea12 andrea123 andrea1234
andrea12345 andrea! andrea1! andrea2024 andrea2025 smokey1 smokey12 smokey123 smokey1234 smokey12345
smokey! smokey1! smokey2024 smokey2025 steelers1 steelers12 steelers123 steelers1234 steelers12345
steelers! steelers1! steelers2024 steelers2025 joseph1 joseph12 joseph123 joseph1234 joseph12345 joseph!
joseph1! joseph2024 joseph2025 mercedes1 mercedes12 mercedes123 mercedes1234 mercedes12345 mercedes!
mercedes1! mercedes2024 mercedes2025 dakota1 dakota12 dakota123 dakota1234 dakota12345 dakota! dakota1!
dakota2024 dakota2025 arsenal1 arsenal12 arsenal123 arsenal1234 arsenal12345 arsenal! arsenal1!
arsenal2024 arsenal2025 eagles1 eagles12 eagles123 eagles1234 eagles12345 eagles! eagles1! eagles2024
eagles2025 melissa1 melissa12 melissa123 melissa1234 melissa12345 melissa! melissa1! melissa2024
melissa2025 boomer1 boomer12 boomer123 boomer1234 boomer12345 boomer! boomer1! boomer2024 boomer2025
booboo1 booboo12 booboo123 booboo1234 booboo12345 booboo! booboo1! booboo2024 booboo2025 spider1
spider12 spider123 spider1234 spider12345 spider! spider1! spider2024 spider2025 nascar1 nascar12
nascar123 nascar1234 nascar12345 nascar! nascar1! nascar2024 nascar2025 monster1 monster12 monster123
monster1234 monster12345 monster! monster1! monster2024 monster2025 tigers1 tigers12 tigers123
tigers1234 tigers12345 tigers! tigers1! tigers2024 tigers2025 yellow1 yellow12 yellow123 yellow1234
yellow12345 yellow! yellow1! yellow2024 yellow2025 xxxxxx1 xxxxxx12 xxxxxx123 xxxxxx1234 xxxxxx12345
xxxxxx! xxxxxx1! xxxxxx2024 xxxxxx2025 gateway1 gateway12 gateway123 gateway1234 gateway12345 gateway!
gateway1! gateway2024 gateway2025 marina1 marina12 marina123 marina1234 marina12345 marina! marina1!
marina2024 marina2025 diablo1 diablo12 diablo123 diablo1234 diablo12345 diablo! diablo1! diablo2024
diablo2025 bulldog1 bulldog12 bulldog123 bulldog1234 bulldog12345 bulldog! bulldog1! bulldog2024
bulldog2025 compaq1 compaq12 compaq123 compaq1234 compaq12345 compaq! compaq1! compaq2024 compaq2025
purple1 purple12 purple123 purple1234 purple12345 purple! purple1! purple2024 purple2025 banana12
banana123 banana1234 banana12345 banana! banana1! banana2024 banana2025 junior1 junior12 junior123
junior1234 junior12345 junior! junior1! junior2024 junior2025 hannah1 hannah12 hannah123 hannah1234
hannah12345 hannah! hannah1! hannah2024 hannah2025 porsche1 porsche12 porsche123 porsche1234
porsche12345 porsche! porsche1! porsche2024 porsche2025 lakers1 lakers12 lakers123 lakers1234
lakers12345 lakers! lakers1! lakers2024 lakers2025 iceman1 iceman12 iceman123 iceman1234 iceman12345
iceman! iceman1! iceman2024 iceman2025 money1 money12 money123 money1234 money12345 money! money1!
money2024 money2025 cowboys1 cowboys12 cowboys123 cowboys1234 cowboys12345 cowboys! cowboys1!
cowboys2024 cowboys2025 london1 london12 london123 london1234 london12345 london! london1! london2024
london2025 tennis1 tennis12 tennis123 tennis1234 tennis12345 tennis! tennis1! tennis2024 tennis2025
coffee1 coffee12 coffee123 coffee1234 coffee12345 coffee! coffee1! coffee2024 coffee2025 scooby1
scooby12 scooby123 scooby1234 scooby12345 scooby! scooby1! scooby2024 scooby2025 miller1 miller12
miller123 miller1234 miller12345 miller! miller1! miller2024 miller2025 boston1 boston12 boston123
boston1234 boston12345 boston! boston1! boston2024 boston2025 brandon1 brandon12 brandon123 brandon1234
brandon12345 brandon! brandon1! brandon2024 brandon2025 yamaha1 yamaha12 yamaha123 yamaha1234
yamaha12345 yamaha! yamaha1! yamaha2024 yamaha2025 chester1 chester12 chester123 chester1234
chester12345 chester! chester1! chester2024 chester2025 mother1 mother12 mother123 mother1234
mother12345 mother! mother1! mother2024 mother2025 forever1 forever12 forever123 forever1234
forever12345 forever! forever1! forever2024 forever2025 johnny1 johnny12 johnny123 johnny1234
johnny12345 johnny! johnny1! johnny2024 johnny2025 edward1 edward12 edward123 edward1234 edward12345
edward! edward1! edward2024 edward2025 oliver1 oliver12 oliver123 oliver1234 oliver12345 oliver!
oliver1! oliver2024 oliver2025 redsox1 redsox12 redsox123 redsox1234 redsox12345 redsox! redsox1!
redsox2024 redsox2025 player1 player12 player123 player1234 player12345 player! player1! player2024
player2025 nikita1 nikita12 nikita123 nikita1234 nikita12345 nikita! nikita1! nikita2024 nikita2025
knight1 knight12 knight123 knight1234 knight12345 knight! knight1! knight2024 knight2025 fender1
fender12 fender123 fender1234 fender12345 fender! fender1! fender2024 fender2025 barney1 barney12
barney123 barney1234 barney12345 barney! barney1! barney2024 barney2025 midnight1 midnight12 midnight123
midnight1234 midnight12345 midnight! midnight1! midnight2024 midnight2025 please1 please12 please123
please1234 please12345 please! please1! please2024 please2025 brandy1 brandy12 brandy123 brandy1234
brandy12345 brandy! brandy1! brandy2024 brandy2025 chicago1 chicago12 chicago123 chicago1234
chicago12345 chicago! chicago1! chicago2024 chicago2025 badboy1 badboy12 badboy123 badboy1234
badboy12345 badboy! badboy1! badboy2024 badboy2025 slayer1 slayer12 slayer123 slayer1234 slayer12345
slayer! slayer1! slayer2024 slayer2025 rangers1 rangers12 rangers123 rangers1234 rangers12345 rangers!
rangers1! rangers2024 rangers2025 charles1 charles12 charles123 charles1234 charles12345 charles!
charles1! charles2024 charles2025 angel1 angel12 angel123 angel1234 angel12345 angel! angel1! angel2024
angel2025 flower1 flower12 flower123 flower1234 flower12345 flower! flower1! flower2024 flower2025
bigdaddy1 bigdaddy12 bigdaddy123 bigdaddy1234 bigdaddy12345 bigdaddy! bigdaddy1! bigdaddy2024
bigdaddy2025 rabbit1 rabbit12 rabbit123 rabbit1234 rabbit12345 rabbit! rabbit1! rabbit2024 rabbit2025
wizard1 wizard12 wizard123 wizard1234 wizard12345 wizard! wizard1! wizard2024 wizard2025 jasper1
jasper12 jasper123 jasper1234 jasper12345 jasper! jasper1! jasper2024 jasper2025 enter1 enter12 enter123
enter1234 enter12345 enter! enter1! enter2024 enter2025 rachel1 rachel12 rachel123 rachel1234
rachel12345 rachel! rachel1! rachel2024 rachel2025 chris1 chris12 chris123 chris1234 chris12345 chris!
chris1! chris2024 chris2025 steven1 steven12 steven123 steven1234 steven12345 steven! steven1!
steven2024 steven2025 winner1 winner12 winner123 winner1234 winner12345 winner! winner1! winner2024
winner2025 adidas1 adidas12 adidas123 adidas1234 adidas12345 adidas! adidas1! adidas2024 adidas2025
victoria1 victoria12 victoria123 victoria1234 victoria12345 victoria! victoria1! victoria2024
victoria2025 natasha1 natasha12 natasha123 natasha1234 natasha12345 natasha! natasha1! natasha2024
natasha2025 jasmine1 jasmine12 jasmine123 jasmine1234 jasmine12345 jasmine! jasmine1! jasmine2024
jasmine2025 winter1 winter12 winter123 winter1234 winter12345 winter! winter1! winter2025 prince1
prince12 prince123 prince1234 prince12345 prince! prince1! prince2024 prince2025 marine1 marine12
marine123 marine1234 marine12345 marine! marine1! marine2024 marine2025 ghbdtn1 ghbdtn12 ghbdtn123
ghbdtn1234 ghbdtn12345 ghbdtn! ghbdtn1! ghbdtn2024 ghbdtn2025 fishing1 fishing12 fishing123 fishing1234
fishing12345 fishing! fishing1! fishing2024 fishing2025 cocacola1 cocacola12 cocacola123 cocacola1234
cocacola12345 cocacola! cocacola1! cocacola2024 cocacola2025 casper1 casper12 casper123 casper1234
casper12345 casper! casper1! casper2024 casper2025 james1 james12 james123 james1234 james12345 james!
james1! james2024 james2025 raiders1 raiders12 raiders123 raiders1234 raiders12345 raiders! raiders1!
raiders2024 raiders2025 marlboro1 marlboro12 marlboro123 marlboro1234 marlboro12345 marlboro! marlboro1!
marlboro2024 marlboro2025 gandalf1 gandalf12 gandalf123 gandalf1234 gandalf12345 gandalf! gandalf1!
gandalf2024 gandalf2025 asdfasdf1 asdfasdf12 asdfasdf123 asdfasdf1234 asdfasdf12345 asdfasdf! asdfasdf1!
asdfasdf2024 asdfasdf2025 crystal1 crystal12 crystal123 crystal1234 crystal12345 crystal! crystal1!
crystal2024 crystal2025 golden1 golden12 golden123 golden1234 golden12345 golden! golden1! golden2024
golden2025 panther1 panther12 panther123 panther1234 panther12345 panther! panther1! panther2024
panther2025 lauren1 lauren12 lauren123 lauren1234 lauren12345 lauren! lauren1! lauren2024 lauren2025
angela1 angela12 angela123 angela1234 angela12345 angela! angela1! angela2024 angela2025 angels1
angels12 angels123 angels1234 angels12345 angels! angels1! angels2024 angels2025 madison1 madison12
madison123 madison1234 madison12345 madison! madison1! madison2024 madison2025 winston1 winston12
winston123 winston1234 winston12345 winston! winston1! winston2024 winston2025 shannon1 shannon12
shannon123 shannon1234 shannon12345 shannon! shannon1! shannon2024 shannon2025 mike1 mike12 mike123
mike1234 mike12345 mike! mike1! mike2024 mike2025 toyota1 toyota12 toyota123 toyota1234 toyota12345
toyota! toyota1! toyota2024 toyota2025 canada1 canada12 canada123 canada1234 canada12345 canada!
canada1! canada2024 canada2025 sophie1 sophie12 sophie123 sophie1234 sophie12345 sophie! sophie1!
sophie2024 sophie2025 apples1 apples12 apples123 apples1234 apples12345 apples! apples1! apples2024
apples2025 tiger1 tiger12 tiger123 tiger1234 tiger12345 tiger! tiger1! tiger2024 tiger2025 razz1 razz12
razz123 razz1234 razz12345 razz! razz1! razz2024 razz2025 pokemon12 pokemon123 pokemon1234 pokemon12345
pokemon! pokemon1! pokemon2024 pokemon2025 qazxsw1 qazxsw12 qazxsw123 qazxsw1234 qazxsw12345 qazxsw!
qazxsw1! qazxsw2024 qazxsw2025 qwaszx1 qwaszx12 qwaszx123 qwaszx1234 qwaszx12345 qwaszx! qwaszx1!
qwaszx2024 qwaszx2025 muffin1 muffin12 muffin123 muffin1234 muffin12345 muffin! muffin1! muffin2024
muffin2025 johnson1 johnson12 johnson123 johnson1234 johnson12345 johnson! johnson1! johnson2024
johnson2025 murphy1 murphy12 murphy123 murphy1234 murphy12345 murphy! murphy1! murphy2024 murphy2025
cooper1 cooper12 cooper123 cooper1234 cooper12345 cooper! cooper1! cooper2024 cooper2025 jonathan1
jonathan12 jonathan123 jonathan1234 jonathan12345 jonathan! jonathan1! jonathan2024 jonathan2025
liverpoo1 liverpoo12 liverpoo123 liverpoo1234 liverpoo12345 liverpoo! liverpoo1! liverpoo2024
liverpoo2025 david1 david12 david123 david1234 david12345 david! david1! david2024 david2025 danielle1
danielle12 danielle123 danielle1234 danielle12345 danielle! danielle1! danielle2024 danielle2025 jackie1
jackie12 jackie123 jackie1234 jackie12345 jackie! jackie1! jackie2024 jackie2025 turtle1 turtle12
turtle123 turtle1234 turtle12345 turtle! turtle1! turtle2024 turtle2025 scorpion1 scorpion12 scorpion123
scorpion1234 scorpion12345 scorpion! scorpion1! scorpion2024 scorpion2025 qazwsxedc1 qazwsxedc12
qazwsxedc123 qazwsxedc1234 qazwsxedc12345 qazwsxedc! qazwsxedc1! qazwsxedc2024 qazwsxedc2025 butter1
butter12 butter123 butter1234 butter12345 butter! butter1! butter2024 butter2025 carlos1 carlos12
carlos123 carlos1234 carlos12345 carlos! carlos1! carlos2024 carlos2025 dennis1 dennis12 dennis123
dennis1234 dennis12345 dennis! dennis1! dennis2024 dennis2025 slipknot1 slipknot12 slipknot123
slipknot1234 slipknot12345 slipknot! slipknot1! slipknot2024 slipknot2025 booger1 booger12 booger123
booger1234 booger12345 booger! booger1! booger2024 booger2025 asdf1 asdf12 asdf123 asdf12345 asdf!
asdf1! asdf2024 asdf2025 black1 black12 black123 black1234 black12345 black! black1! black2024 black2025
startrek1 startrek12 startrek123 startrek1234 startrek12345 startrek! startrek1! startrek2024
startrek2025 cameron1 cameron12 cameron123 cameron1234 cameron12345 cameron! cameron1! cameron2024
cameron2025 newyork1 newyork12 newyork123 newyork1234 newyork12345 newyork! newyork1! newyork2024
newyork2025 rainbow1 rainbow12 rainbow123 rainbow1234 rainbow12345 rainbow! rainbow1! rainbow2024
rainbow2025 nathan1 nathan12 nathan123 nathan1234 nathan12345 nathan! nathan1! nathan2024 nathan2025
john1 john12 john123 john1234 john12345 john! john1! john2024 john2025 rocket1 rocket12 rocket123
rocket1234 rocket12345 rocket! rocket1! rocket2024 rocket2025 viking1 viking12 viking123 viking1234
viking12345 viking! viking1! viking2024 viking2025 redskins1 redskins12 redskins123 redskins1234
redskins12345 redskins! redskins1! redskins2024 redskins2025 asdfghjkl1 asdfghjkl12 asdfghjkl1234
asdfghjkl12345 asdfghjkl! asdfghjkl1! asdfghjkl2024 asdfghjkl2025 sierra1 sierra12 sierra123 sierra1234
sierra12345 sierra! sierra1! sierra2024 sierra2025 peaches1 peaches12 peaches123 peaches1234
peaches12345 peaches! peaches1! peaches2024 peaches2025 gemini1 gemini12 gemini123 gemini1234
gemini12345 gemini! gemini1! gemini2024 gemini2025 doctor1 doctor12 doctor123 doctor1234 doctor12345
doctor! doctor1! doctor2024 doctor2025 wilson1 wilson12 wilson123 wilson1234 wilson12345 wilson!
wilson1! wilson2024 wilson2025 sandra1 sandra12 sandra123 sandra1234 sandra12345 sandra! sandra1!
sandra2024 sandra2025 helpme1 helpme12 helpme123 helpme1234 helpme12345 helpme! helpme1! helpme2024
helpme2025 qwertyui1 qwertyui12 qwertyui123 qwertyui1234 qwertyui12345 qwertyui! qwertyui1! qwertyui2024
qwertyui2025 victor1 victor12 victor123 victor1234 victor12345 victor! victor1! victor2024 victor2025
florida1 florida12 florida123 florida1234 florida12345 florida! florida1! florida2024 florida2025
dolphin1 dolphin12 dolphin123 dolphin1234 dolphin12345 dolphin! dolphin1! dolphin2024 dolphin2025
pookie1 pookie12 pookie123 pookie1234 pookie12345 pookie! pookie1! pookie2024 pookie2025 captain1
captain12 captain123 captain1234 captain12345 captain! captain1! captain2024 captain2025 tucker1
tucker12 tucker123 tucker1234 tucker12345 tucker! tucker1! tucker2024 tucker2025 blue1 blue12 blue123
blue1234 blue12345 blue! blue1! blue2024 blue2025 liverpool1 liverpool12 liverpool123 liverpool1234
liverpool12345 liverpool! liverpool1! liverpool2024 liverpool2025 theman1 theman12 theman123 theman1234
theman12345 theman! theman1! theman2024 theman2025 bandit1 bandit12 bandit123 bandit1234 bandit12345
bandit! bandit1! bandit2024 bandit2025 dolphins1 dolphins12 dolphins123 dolphins1234 dolphins12345
dolphins! dolphins1! dolphins2024 dolphins2025 maddog1 maddog12 maddog123 maddog1234 maddog12345 maddog!
maddog1! maddog2024 maddog2025 packers1 packers12 packers123 packers1234 packers12345 packers! packers1!
packers2024 packers2025 jaguar1 jaguar12 jaguar123 jaguar1234 jaguar12345 jaguar! jaguar1! jaguar2024
jaguar2025 lovers1 lovers12 lovers123 lovers1234 lovers12345 lovers! lovers1! lovers2024 lovers2025
nicholas1 nicholas12 nicholas123 nicholas1234 nicholas12345 nicholas! nicholas1! nicholas2024
nicholas2025 united1 united12 united123 united1234 united12345 united! united1! united2024 united2025
tiffany1 tiffany12 tiffany123 tiffany1234 tiffany12345 tiffany! tiffany1! tiffany2024 tiffany2025
maxwell1 maxwell12 maxwell123 maxwell1234 maxwell12345 maxwell! maxwell1! maxwell2024 maxwell2025
zzzzzz1 zzzzzz12 zzzzzz123 zzzzzz1234 zzzzzz12345 zzzzzz! zzzzzz1! zzzzzz2024 zzzzzz2025 nirvana1
nirvana12 nirvana123 nirvana1234 nirvana12345 nirvana! nirvana1! nirvana2024 nirvana2025 jeremy1
jeremy12 jeremy123 jeremy1234 jeremy12345 jeremy! jeremy1! jeremy2024 jeremy2025 monica1 monica12
monica123 monica1234 monica12345 monica! monica1! monica2024 monica2025 elephant1 elephant12 elephant123
elephant1234 elephant12345 elephant! elephant1! elephant2024 elephant2025 giants1 giants12 giants123
giants1234 giants12345 giants! giants1! giants2024 giants2025 hotdog1 hotdog12 hotdog123 hotdog1234
hotdog12345 hotdog! hotdog1! hotdog2024 hotdog2025 rosebud1 rosebud12 rosebud123 rosebud1234
rosebud12345 rosebud! rosebud1! rosebud2024 rosebud2025 success1 success12 success123 success1234
success12345 success! success1! success2024 success2025 debbie1 debbie12 debbie123 debbie1234
debbie12345 debbie! debbie1! debbie2024 debbie2025 mountain1 mountain12 mountain123 mountain1234
mountain12345 mountain! mountain1! mountain2024 mountain2025 xxxxxxxx1 xxxxxxxx12 xxxxxxxx123
xxxxxxxx1234 xxxxxxxx12345 xxxxxxxx! xxxxxxxx1! xxxxxxxx2024 xxxxxxxx2025 warrior1 warrior12 warrior123
warrior1234 warrior12345 warrior! warrior1! warrior2024 warrior2025 albert1 albert12 albert123
albert1234 albert12345 albert! albert1! albert2024 albert2025 metallic1 metallic12 metallic123
metallic1234 metallic12345 metallic! metallic1! metallic2024 metallic2025 lucky1 lucky12 lucky123
lucky1234 lucky12345 lucky! lucky1! lucky2024 lucky2025 azerty1 azerty12 azerty123 azerty1234
azerty12345 azerty! azerty1! azerty2024 azerty2025 alex1 alex12 alex123 alex1234 alex12345 alex! alex1!
alex2024 alex2025 alexis1 alexis12 alexis123 alexis1234 alexis12345 alexis! alexis1! alexis2024
alexis2025 samson1 samson12 samson123 samson1234 samson12345 samson! samson1! samson2024 samson2025
willie1 willie12 willie123 willie1234 willie12345 willie! willie1! willie2024 willie2025 scorpio1
scorpio12 scorpio123 scorpio1234 scorpio12345 scorpio! scorpio1! scorpio2024 scorpio2025 bonnie1
bonnie12 bonnie123 bonnie1234 bonnie12345 bonnie! bonnie1! bonnie2024 bonnie2025 gators1 gators12
gators123 gators1234 gators12345 gators! gators1! gators2024 gators2025 benjamin1 benjamin12 benjamin123
benjamin1234 benjamin12345 benjamin! benjamin1! benjamin2024 benjamin2025 voodoo1 voodoo12 voodoo123
voodoo1234 voodoo12345 voodoo! voodoo1! voodoo2024 voodoo2025 driver1 driver12 driver123 driver1234
driver12345 driver! driver1! driver2024 driver2025 dexter1 dexter12 dexter123 dexter1234 dexter12345
dexter! dexter1! dexter2024 dexter2025 jason1 jason12 jason123 jason1234 jason12345 jason! jason1!
jason2024 jason2025 calvin1 calvin12 calvin123 calvin1234 calvin12345 calvin! calvin1! calvin2024
calvin2025 freddy1 freddy12 freddy123 freddy1234 freddy12345 freddy! freddy1! freddy2024 freddy2025
creative1 creative12 creative123 creative1234 creative12345 creative! creative1! creative2024
creative2025 sydney1 sydney12 sydney123 sydney1234 sydney12345 sydney! sydney1! sydney2024 sydney2025
asdfghjk1 asdfghjk12 asdfghjk123 asdfghjk1234 asdfghjk12345 asdfghjk! asdfghjk1! asdfghjk2024
asdfghjk2025 bubba1 bubba12 bubba123 bubba1234 bubba12345 bubba! bubba1! bubba2024 bubba2025 trouble1
trouble12 trouble123 trouble1234 trouble12345 trouble! trouble1! trouble2024 trouble2025 gunner1
gunner12 gunner123 gunner1234 gunner12345 gunner! gunner1! gunner2024 gunner2025 happy1 happy12 happy123
happy1234 happy12345 happy! happy1! happy2024 happy2025 gordon1 gordon12 gordon123 gordon1234
gordon12345 gordon! gordon1! gordon2024 gordon2025 legend1 legend12 legend123 legend1234 legend12345
legend! legend1! legend2024 legend2025 jessie1 jessie12 jessie123 jessie1234 jessie12345 jessie!
jessie1! jessie2024 jessie2025 stella1 stella12 stella123 stella1234 stella12345 stella! stella1!
stella2024 stella2025 qwert1 qwert12 qwert123 qwert1234 qwert12345 qwert! qwert1! qwert2024 qwert2025
eminem1 eminem12 eminem123 eminem1234 eminem12345 eminem! eminem1! eminem2024 eminem2025 arthur1
arthur12 arthur123 arthur1234 arthur12345 arthur! arthur1! arthur2024 arthur2025 apple1 apple12 apple123
apple1234 apple12345 apple! apple1! apple2024 apple2025 nissan1 nissan12 nissan123 nissan1234
nissan12345 nissan! nissan1! nissan2024 nissan2025 bear1 bear12 bear123 bear1234 bear12345 bear! bear1!
bear2024 bear2025 drowssap ytrewq nogard llabesab llabtoof yeknom niemtel wodahs retsam poiuytrewq
gnatsum leahcim namrepus xswzaq rellik nadroj refinnej mnbvcxz hgfdsa retnuh retsub reccos yelrah namtab
werdna reggit enihsnus uoyevoli eilrahc trebor samoht yekcoh regnar leinad srawrats retsalk egroeg
retupmoc ellehcim acissej reppep nbvcxz modeerf ssap eiggam regnig ssecnirp auhsoj eseehc adnama remmus
evol yelhsa elocin aeslehc wehttam ssecca seeknay sallad nitsua rednuht rolyat xirtam liamelibom rotinom
gnirotinom anatnom noom wocsom mailliw ettevroc olleh nitram rehtaeh terces nilrem dnomaid mkjhfg remmah
revlis ynohtna nitsuj tset yeliab kcirtap tenretni retoocs egnaro reflog eikooc drahcir ahtnamas godgib
ratiug noskcaj revetahw yekcim nekcihc ykraps ypoons kcirevam xineohp oramac tunaep nagrom emoclew
noclaf yobwoc irarref gnusmas aerdna yekoms sreleets hpesoj sedecrem atokad lanesra selgae assilem
remoob ooboob redips racsan retsnom sregit wolley yawetag aniram olbaid godllub qapmoc elprup ananab
roinuj ehcsrop srekal nameci yenom syobwoc nodnol sinnet eeffoc yboocs rellim notsob nodnarb ahamay
retsehc rehtom reverof ynnhoj drawde revilo xosder reyalp atikin thgink rednef yenrab thgindim esaelp
ydnarb ogacihc yobdab reyals sregnar selrahc legna rewolf yddadgib tibbar draziw repsaj retne lehcar
sirhc nevets renniw sadida airotciv ahsatan enimsaj retniw ecnirp eniram ntdbhg gnihsif alocacoc repsac
semaj srediar oroblram fladnag fdsafdsa latsyrc nedlog rehtnap 1950 19501950 password1950 love1950
sakura1950 bitcoin1950 qwerty1950 welcome1950 iloveyou1950 nihon1950 1951 19511951 password1951 love1951
sakura1951 bitcoin1951 qwerty1951 welcome1951 iloveyou1951 nihon1951 1952 19521952 password1952 love1952
sakura1952 bitcoin1952 qwerty1952 welcome1952 iloveyou1952 nihon1952 1953 19531953 password1953 love1953
sakura1953 bitcoin1953 qwerty1953 welcome1953 iloveyou1953 nihon1953 1954 19541954 password1954 love1954
sakura1954 bitcoin1954 qwerty1954 welcome1954 iloveyou1954 nihon1954 1955 19551955 password1955 love1955
sakura1955 bitcoin1955 qwerty1955 welcome1955 iloveyou1955 nihon1955 1956 19561956 password1956 love1956
sakura1956 bitcoin1956 qwerty1956 welcome1956 iloveyou1956 nihon1956 1957 19571957 password1957 love1957
sakura1957 bitcoin1957 qwerty1957 welcome1957 iloveyou1957 nihon1957 1958 19581958 password1958 love1958
sakura1958 bitcoin1958 qwerty1958 welcome1958 iloveyou1958 nihon1958 1959 19591959 password1959 love1959
sakura1959 bitcoin1959 qwerty1959 welcome1959 iloveyou1959 nihon1959 1960 19601960 password1960 love1960
sakura1960 bitcoin1960 qwerty1960 welcome1960 iloveyou1960 nihon1960 1961 19611961 password1961 love1961
sakura1961 bitcoin1961 qwerty1961 welcome1961 iloveyou1961 nihon1961 1962 19621962 password1962 love1962
sakura1962 bitcoin1962 qwerty1962 welcome1962 iloveyou1962 nihon1962 1963 19631963 password1963 love1963
sakura1963 bitcoin1963 qwerty1963 welcome1963 iloveyou1963 nihon1963 1964 19641964 password1964 love1964
sakura1964 bitcoin1964 qwerty1964 welcome1964 iloveyou1964 nihon1964 1965 19651965 password1965 love1965
sakura1965 bitcoin1965 qwerty1965 welcome1965 iloveyou1965 nihon1965 1966 19661966 password1966 love1966
sakura1966 bitcoin1966 qwerty1966 welcome1966 iloveyou1966 nihon1966 1967 19671967 password1967 love1967
sakura1967 bitcoin1967 qwerty1967 welcome1967 iloveyou1967 nihon1967 1968 19681968 password1968 love1968
sakura1968 bitcoin1968 qwerty1968 welcome1968 iloveyou1968 nihon1968 1969 19691969 password1969 love1969
sakura1969 bitcoin1969 qwerty1969 welcome1969 iloveyou1969 nihon1969 1970 19701970 password1970 love1970
sakura1970 bitcoin1970 qwerty1970 welcome1970 iloveyou1970 nihon1970 1971 19711971 password1971 love1971
sakura1971 bitcoin1971 qwerty1971 welcome1971 iloveyou1971 nihon1971 1972 19721972 password1972 love1972
sakura1972 bitcoin1972 qwerty1972 welcome1972 iloveyou1972 nihon1972 1973 19731973 password1973 love1973
sakura1973 bitcoin1973 qwerty1973 welcome1973 iloveyou1973 nihon1973 1974 19741974 password1974 love1974
sakura1974 bitcoin1974 qwerty1974 welcome1974 iloveyou1974 nihon1974 1975 19751975 password1975 love1975
sakura1975 bitcoin1975 qwerty1975 welcome1975 iloveyou1975 nihon1975 1976 19761976 password1976 love1976
sakura1976 bitcoin1976 qwerty1976 welcome1976 iloveyou1976 nihon1976 1977 19771977 password1977 love1977
sakura1977 bitcoin1977 qwerty1977 welcome1977 iloveyou1977 nihon1977 1978 19781978 password1978 love1978
sakura1978 bitcoin1978 qwerty1978 welcome1978 iloveyou1978 nihon1978 1979 19791979 password1979 love1979
sakura1979 bitcoin1979 qwerty1979 welcome1979 iloveyou1979 nihon1979 1980 19801980 password1980 love1980
sakura1980 bitcoin1980 qwerty1980 welcome1980 iloveyou1980 nihon1980 1981 19811981 password1981 love1981
sakura1981 bitcoin1981 qwerty1981 welcome1981 iloveyou1981 nihon1981 1982 19821982 password1982 love1982
sakura1982 bitcoin1982 qwerty1982 welcome1982 iloveyou1982 nihon1982 1983 19831983 password1983 love1983
sakura1983 bitcoin1983 qwerty1983 welcome1983 iloveyou1983 nihon1983 1984 19841984 password1984 love1984
sakura1984 bitcoin1984 qwerty1984 welcome1984 iloveyou1984 nihon1984 1985 19851985 password1985 love1985
sakura1985 bitcoin1985 qwerty1985 welcome1985 iloveyou1985 nihon1985 1986 19861986 password1986 love1986
sakura1986 bitcoin1986 qwerty1986 welcome1986 iloveyou1986 nihon1986 1987 19871987 password1987 love1987
sakura1987 bitcoin1987 qwerty1987 welcome1987 iloveyou1987 nihon1987 19881988 password1988 love1988
sakura1988 bitcoin1988 qwerty1988 welcome1988 iloveyou1988 nihon1988 19891989 password1989 love1989
sakura1989 bitcoin1989 qwerty1989 welcome1989 iloveyou1989 nihon1989 19901990 password1990 love1990
sakura1990 bitcoin1990 qwerty1990 welcome1990 iloveyou1990 nihon1990 19911991 password1991 love1991
sakura1991 bitcoin1991 qwerty1991 welcome1991 iloveyou1991 nihon1991 19921992 password1992 love1992
sakura1992 bitcoin1992 qwerty1992 welcome1992 iloveyou1992 nihon1992 19931993 password1993 love1993
sakura1993 bitcoin1993 qwerty1993 welcome1993 iloveyou1993 nihon1993 1994 19941994 password1994 love1994
sakura1994 bitcoin1994 qwerty1994 welcome1994 iloveyou1994 nihon1994 1995 19951995 password1995 love1995
sakura1995 bitcoin1995 qwerty1995 welcome1995 iloveyou1995 nihon1995 1996 19961996 password1996 love1996
sakura1996 bitcoin1996 qwerty1996 welcome1996 iloveyou1996 nihon1996 1997 19971997 password1997 love1997
sakura1997 bitcoin1997 qwerty1997 welcome1997 iloveyou1997 nihon1997 1998 19981998 password1998 love1998
sakura1998 bitcoin1998 qwerty1998 welcome1998 iloveyou1998 nihon1998 1999 19991999 password1999 love1999
sakura1999 bitcoin1999 qwerty1999 welcome1999 iloveyou1999 nihon1999 20002000 password2000 love2000
sakura2000 bitcoin2000 qwerty2000 welcome2000 iloveyou2000 nihon2000 2001 20012001 password2001 love2001
sakura2001 bitcoin2001 qwerty2001 welcome2001 iloveyou2001 nihon2001 2002 20022002 password2002 love2002
sakura2002 bitcoin2002 qwerty2002 welcome2002 iloveyou2002 nihon2002 2003 20032003 password2003 love2003
sakura2003 bitcoin2003 qwerty2003 welcome2003 iloveyou2003 nihon2003 2004 20042004 password2004 love2004
sakura2004 bitcoin2004 qwerty2004 welcome2004 iloveyou2004 nihon2004 2005 20052005 password2005 love2005
sakura2005 bitcoin2005 qwerty2005 welcome2005 iloveyou2005 nihon2005 2006 20062006 password2006 love2006
sakura2006 bitcoin2006 qwerty2006 welcome2006 iloveyou2006 nihon2006 2007 20072007 password2007 love2007
sakura2007 bitcoin2007 qwerty2007 welcome2007 iloveyou2007 nihon2007 2008 20082008 password2008 love2008
sakura2008 bitcoin2008 qwerty2008 welcome2008 iloveyou2008 nihon2008 2009 20092009 password2009 love2009
sakura2009 bitcoin2009 qwerty2009 welcome2009 iloveyou2009 nihon2009 2010 20102010 password2010 love2010
sakura2010 bitcoin2010 qwerty2010 welcome2010 iloveyou2010 nihon2010 2011 20112011 password2011 love2011
sakura2011 bitcoin2011 qwerty2011 welcome2011 iloveyou2011 nihon2011 2012 20122012 password2012 love2012
sakura2012 bitcoin2012 qwerty2012 welcome2012 iloveyou2012 nihon2012 2013 20132013 password2013 love2013
sakura2013 bitcoin2013 qwerty2013 welcome2013 iloveyou2013 nihon2013 2014 20142014 password2014 love2014
sakura2014 bitcoin2014 qwerty2014 welcome2014 iloveyou2014 nihon2014 2015 20152015 password2015 love2015
sakura2015 bitcoin2015 qwerty2015 welcome2015 iloveyou2015 nihon2015 2016 20162016 password2016 love2016
sakura2016 bitcoin2016 qwerty2016 welcome2016 iloveyou2016 nihon2016 2017 20172017 password2017 love2017
sakura2017 bitcoin2017 qwerty2017 welcome2017 iloveyou2017 nihon2017 2018 20182018 password2018 love2018
sakura2018 bitcoin2018 qwerty2018 welcome2018 iloveyou2018 nihon2018 2019 20192019 password2019 love2019
sakura2019 bitcoin2019 qwerty2019 welcome2019 iloveyou2019 nihon2019 2020 20202020 password2020 love2020
sakura2020 bitcoin2020 qwerty2020 welcome2020 iloveyou2020 nihon2020 2021 20212021 password2021 love2021
sakura2021 bitcoin2021 qwerty2021 welcome2021 iloveyou2021 nihon2021 2022 20222022 password2022 love2022
sakura2022 bitcoin2022 qwerty2022 welcome2022 iloveyou2022 nihon2022 2023 20232023 password2023 love2023
sakura2023 bitcoin2023 qwerty2023 welcome2023 iloveyou2023 nihon2023 2024 20242024 sakura2024
bitcoin2024 nihon2024 2025 20252025 sakura2025 bitcoin2025 nihon2025 2026 20262026 password2026 love2026
sakura2026 bitcoin2026 qwerty2026 welcome2026 iloveyou2026 nihon2026 2027 20272027 password2027 love2027
sakura2027 bitcoin2027 qwerty2027 welcome2027 iloveyou2027 nihon2027 2028 20282028 password2028 love2028
sakura2028 bitcoin2028 qwerty2028 welcome2028 iloveyou2028 nihon2028 2029 20292029 password2029 love2029
sakura2029 bitcoin2029 qwerty2029 welcome2029 iloveyou2029 nihon2029 2030 20302030 password2030 love2030
sakura2030 bitcoin2030 qwerty2030 welcome2030 iloveyou2030 nihon2030 0000000 00000000 000000000
0000000000 00000000000 000000000000 0000000000000 00000000000000 000000000000000 0000000000000000
111111111 1111111111 11111111111 111111111111 1111111111111 11111111111111 111111111111111
1111111111111111 2222222 22222222 222222222 2222222222 22222222222 222222222222 2222222222222
22222222222222 222222222222222 2222222222222222 3333333 33333333 333333333 3333333333 33333333333
333333333333 3333333333333 33333333333333 333333333333333 3333333333333333 4444444 44444444 444444444
4444444444 44444444444 444444444444 4444444444444 44444444444444 444444444444444 4444444444444444
5555555 55555555 555555555 5555555555 55555555555 555555555555 5555555555555 55555555555555
555555555555555 5555555555555555 6666666 66666666 666666666 6666666666 66666666666 666666666666
6666666666666 66666666666666 666666666666666 6666666666666666 77777777 777777777 7777777777 77777777777
777777777777 7777777777777 77777777777777 777777777777777 7777777777777777 8888888 888888888 8888888888
88888888888 888888888888 8888888888888 88888888888888 888888888888888 8888888888888888 9999999 99999999
999999999 9999999999 99999999999 999999999999 9999999999999 99999999999999 999999999999999
9999999999999999 aaaaaaaa aaaaaaaaaaaa bbbbbb bbbbbbbb bbbbbbbbbb bbbbbbbbbbbb cccccc cccccccc
cccccccccc cccccccccccc dddddd dddddddd dddddddddd dddddddddddd eeeeee eeeeeeee eeeeeeeeee eeeeeeeeeeee
ffffff ffffffff ffffffffff ffffffffffff gggggg gggggggg gggggggggg gggggggggggg hhhhhh hhhhhhhh
hhhhhhhhhh hhhhhhhhhhhh iiiiii iiiiiiii iiiiiiiiii iiiiiiiiiiii jjjjjj jjjjjjjj jjjjjjjjjj jjjjjjjjjjjj
kkkkkk kkkkkkkk kkkkkkkkkk kkkkkkkkkkkk llllll llllllll llllllllll llllllllllll mmmmmm mmmmmmmm
mmmmmmmmmm mmmmmmmmmmmm nnnnnn nnnnnnnn nnnnnnnnnn nnnnnnnnnnnn oooooo oooooooo oooooooooo oooooooooooo
pppppp pppppppp pppppppppp pppppppppppp qqqqqqqq qqqqqqqqqqqq rrrrrr rrrrrrrr rrrrrrrrrr rrrrrrrrrrrr
ssssss ssssssss ssssssssss ssssssssssss tttttt tttttttt tttttttttt tttttttttttt uuuuuu uuuuuuuu
uuuuuuuuuu uuuuuuuuuuuu vvvvvv vvvvvvvv vvvvvvvvvv vvvvvvvvvvvv wwwwww wwwwwwww wwwwwwwwww wwwwwwwwwwww
xxxxxxxxxx xxxxxxxxxxxx yyyyyy yyyyyyyy yyyyyyyyyy yyyyyyyyyyyy zzzzzzzz zzzzzzzzzzzz 012345 543210
0123456 6543210 76543210 876543210 01234567890 09876543210 012345678901 109876543210 0123456789012
2109876543210 01234567890123 32109876543210 012345678901234 432109876543210 0123456789012345
5432109876543210 7654321 12345678901 10987654321 123456789012 210987654321 1234567890123 3210987654321
12345678901234 43210987654321 123456789012345 543210987654321 1234567890123456 6543210987654321 234567
765432 2345678 8765432 23456789 98765432 234567890 098765432 2345678901 1098765432 23456789012
21098765432 234567890123 321098765432 2345678901234 4321098765432 23456789012345 54321098765432
234567890123456 654321098765432 2345678901234567 7654321098765432 345678 876543 3456789 9876543 34567890
09876543 345678901 109876543 3456789012 2109876543 34567890123 32109876543 345678901234 432109876543
3456789012345 5432109876543 34567890123456 65432109876543 345678901234567 765432109876543
3456789012345678 8765432109876543 456789 4567890 0987654 45678901 10987654 456789012 210987654
4567890123 3210987654 45678901234 43210987654 456789012345 543210987654 4567890123456 6543210987654
45678901234567 76543210987654 456789012345678 876543210987654 4567890123456789 9876543210987654 567890
098765 5678901 1098765 56789012 21098765 567890123 321098765 5678901234 4321098765 56789012345
54321098765 567890123456 654321098765 5678901234567 7654321098765 56789012345678 87654321098765
567890123456789 987654321098765 5678901234567890 0987654321098765 678901 109876 6789012 2109876 67890123
32109876 678901234 432109876 6789012345 5432109876 67890123456 65432109876 678901234567 765432109876
6789012345678 8765432109876 67890123456789 98765432109876 678901234567890 098765432109876
6789012345678901 1098765432109876 789012 210987 7890123 3210987 78901234 43210987 789012345 543210987
7890123456 6543210987 78901234567 76543210987 789012345678 876543210987 7890123456789 9876543210987
78901234567890 09876543210987 789012345678901 109876543210987 7890123456789012 2109876543210987 890123
321098 8901234 4321098 89012345 54321098 890123456 654321098 8901234567 7654321098 89012345678
87654321098 890123456789 987654321098 8901234567890 0987654321098 89012345678901 10987654321098
890123456789012 210987654321098 8901234567890123 3210987654321098 901234 432109 9012345 5432109 90123456
65432109 901234567 765432109 9012345678 8765432109 90123456789 98765432109 901234567890 098765432109
9012345678901 1098765432109 90123456789012 21098765432109 901234567890123 321098765432109
9012345678901234 4321098765432109 4321 54321 123456123456 12345671234567 1234567812345678
123456789123456789 12345678901234567890 rewq qwerqwer trewq qwertqwert qwertyqwerty uytrewq
qwertyuqwertyu iuytrewq qwertyuiqwertyui qwertyuio oiuytrewq qwertyuioqwertyuio qwertyuiopqwertyuiop
fdsa gfdsa asdfgasdfg asdfghasdfgh asdfghj jhgfdsa asdfghjasdfghj kjhgfdsa asdfghjkasdfghjk lkjhgfdsa
asdfghjklasdfghjkl vcxz zxcvzxcv zxcvb bvcxz zxcvbzxcvb zxcvbnzxcvbn zxcvbnmzxcvbnm !@#$ $#@! !@#$!@#$
!@#$% %$#@! !@#$%!@#$% !@#$%^ ^%$#@! !@#$%^!@#$%^ !@#$%^& &^%$#@! !@#$%^&!@#$%^& !@#$%^&* *&^%$#@!
!@#$%^&*!@#$%^&* !@#$%^&*( (*&^%$#@! !@#$%^&*(!@#$%^&*( !@#$%^&*() )(*&^%$#@! !@#$%^&*()!@#$%^&*() 1q2w
1qaz2wsx3edc4rfv5tgb qwe123 qwe1234 1234qwe qwe!@# !@#qwe qwe321 321qwe asdqwe qwezxc zxcqwe asd123
123asd asd1234 1234asd asd!@# !@#asd asd321 321asd zxcasd zxc123 123zxc zxc1234 1234zxc zxc!@# !@#zxc
zxc321 321zxc zxczxc qaz123 123qaz qaz1234 1234qaz qaz!@# !@#qaz qaz321 321qaz qazqwe qweqaz qazasd
asdqaz qazzxc zxcqaz wsx123 123wsx wsx1234 1234wsx wsx!@# !@#wsx wsx321 321wsx wsxqwe qwewsx wsxasd
asdwsx wsxzxc zxcwsx edc123 123edc edc1234 1234edc edc!@# !@#edc edc321 321edc edcqwe qweedc edcasd
asdedc edczxc zxcedc 1qa123 1231qa 1qa1234 12341qa 1qa!@# !@#1qa 1qa321 3211qa 1qaqwe qwe1qa 1qaasd
asd1qa 1qazxc zxc1qa 2ws123 1232ws 2ws1234 12342ws 2ws!@# !@#2ws 2ws321 3212ws 2wsqwe qwe2ws 2wsasd
asd2ws 2wszxc zxc2ws qwerty!! qwerty123! qwerty@ qwerty# asdfgh!! asdfgh123! asdfgh@ asdfgh# zxcvbn!!
zxcvbn123! zxcvbn@ zxcvbn# qwertyuiop!! qwertyuiop123! qwertyuiop@ qwertyuiop# asdfghjkl!! asdfghjkl123!
asdfghjkl@ asdfghjkl# zxcvbnm!! zxcvbnm123! zxcvbnm@ zxcvbnm# 1q2w3e4r1 1q2w3e4r12 1q2w3e4r123
1q2w3e4r1234 1q2w3e4r! 1q2w3e4r!! 1q2w3e4r123! 1q2w3e4r@ 1q2w3e4r# 1qaz2wsx1 1qaz2wsx12 1qaz2wsx123
1qaz2wsx1234 1qaz2wsx! 1qaz2wsx!! 1qaz2wsx123! 1qaz2wsx@ 1qaz2wsx# qazwsx!! qazwsx123! qazwsx@ qazwsx#
p@$$w0rd p@$$w0rd1 p@$$w0rd123 w3lc0m3 w3lc0m31 w3lc0m3123 welc0me w3lcom3 @dm1n @dm1n1 @dm1n123 @dmin
adm1n l3tm31n l3tm31n1 l3tm31n123 l3tm3in letme1n $un$h1n3 $un$h1n31 $un$h1n3123 sunshin3 sunsh1ne
pr1nc3$$ pr1nc3$$1 pr1nc3$$123 princ3ss pr1ncess 1l0v3y0u 1l0v3y0u1 1l0v3y0u123 il0vey0u ilov3you
1loveyou $@kur@ $@kur@1 $@kur@123 s@kur@ b1tc01n b1tc01n1 b1tc01n123 bitc0in b1tco1n m0nk3y m0nk3y1
m0nk3y123 m0nkey monk3y dr@g0n dr@g0n1 dr@g0n123 drag0n dr@gon m@$t3r m@$t3r1 m@$t3r123 m@ster mast3r
$3cr3t $3cr3t1 $3cr3t123 s3cr3t qw3rty qw3rty1 qw3rty123
`;

export const commonPasswords: ReadonlySet<string> = new Set(
  list.split(/\s+/).filter((entry) => entry !== ""),
);
