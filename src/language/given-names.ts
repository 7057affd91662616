/**
 * Common given names with the gender they most often carry, for finding where a person's
 * name starts after a run of titles ("Senate Majority Leader Mitch McConnell") and for
 * matching "he"/"she" to the right person.
 *
 * Source: written for precis by its authors from general knowledge (common English given
 * names and names frequent in international news). Names used by both sexes are left out
 * of the gendered lists and kept in UNISEX_FIRST_NAMES. Licence: same as precis.
 */

const MALE = `
Aaron Abdul Abdullah Abe Adam Adrian Ahmad Ahmed Al Alan Albert Alberto Alec Alejandro Alex Alexander
Alexei Alexey Alfred Ali Alistair Allen Amir Amit Anders Andre Andrei Andres Andrew Andy Angus Anthony
Antonio Anton Arnold Arthur Ashraf Ayman Barack Barry Bashar Ben Benjamin Bernard Bernie Bert Beto Bill
Billy Bob Bobby Boris Brad Bradley Brandon Brendan Brent Brett Brian Bruce Bryan Bryce Byron Calvin Carl
Carlos Cecil Chad Charles Charlie Chester Chris Christian Christopher Chuck Clarence Claude Clint Clyde
Cody Colin Connor Corey Cory Craig Curtis Cyril Dale Dan Daniel Danny Darius Darren Daryl Dave David Dean
Dennis Derek Desmond Devin Diego Dick Dmitri Dmitry Don Donald Doug Douglas Duncan Dustin Dwayne Dwight
Dylan Earl Ed Eddie Edgar Edmund Eduardo Edward Edwin Elijah Elliot Elon Emmanuel Enrique Eric Erik
Ernest Ethan Eugene Evan Fabio Felipe Felix Fernando Francis Francisco Francois Frank Franklin Fred
Frederick Gabriel Gareth Gary Gavin Gene Geoffrey George Gerald Gerard Gerhard Giovanni Giuseppe Glen
Glenn Gordon Graham Greg Gregg Gregory Guillermo Gustavo Hakeem Hamid Hamza Hank Hans Harold Harrison
Harry Harvey Hassan Hector Heinz Henry Herbert Herman Hiroshi Howard Hugh Hugo Hussein Ian Ibrahim Igor
Ilya Imran Isaac Ismail Ivan Jack Jacob Jacques Jair Jake Jamal James Jared Jason Javier Jay Jeb Jeff
Jeffrey Jens Jeremy Jerome Jerry Jesse Jesus Jim Jimmy Joao Joe Joel Joey Johan John Johnny Jon
Jonathan Jorge Jose Josef Joseph Josh Joshua Juan Julian Julio Jurgen Justin Kanye Karl Keir Keith
Kemal Ken Kenji Kenneth Kenny Kevin Khalid Kirk Klaus Kofi Kurt Kwame Kyle Lamar Lance Larry Lars Lawrence
Leo Leon Leonard Leonardo Lewis Liam Lionel Lloyd Lorenzo Louis Lucas Luigi Luis Luiz Luke Luther
Magnus Mahmoud Malcolm Manuel Marc Marcel Marco Marcus Mario Mark Marshall Martin Marvin Matt Matteo
Matthew Maurice Max Maxim Mehmet Michael Michel Miguel Mike Mikhail Miles Mitch Mitchell Mohamed
Mohammad Mohammed Morgan Moses Muhammad Mustafa Nathan Nathaniel Neil Nelson Newt Nicholas Nick Nicolas
Nigel Nikolai Noah Norman Olaf Oleg Oliver Omar Oscar Otto Owen Pablo Patrick Paul Pavel Pedro Percy
Pete Peter Phil Philip Philippe Phillip Pierre Piotr Rafael Rahul Raj Rajesh Ralph Ramon Rand Randall
Randy Raul Ray Raymond Reggie Reginald Reince Rex Reza Ricardo Richard Rick Ricky Rishi Rob Robert
Roberto Rodney Rodrigo Roger Roland Roman Ron Ronald Ronnie Rory Ross Roy Ruben Rudolph Rudy Rupert
Russell Ryan Salman Sam Sammy Samuel Sanjay Santiago Scott Sean Sebastian Sergei Sergey Sergio Seth
Shane Shaun Shawn Sidney Simon Spencer Stan Stanley Stefan Stephen Steve Steven Stuart Sven Ted Terrence
Theo Theodore Thomas Tim Timothy Tobias Todd Tom Tomas Tommy Tony Travis Trevor Troy Tyler Uhuru Valery
Vernon Victor Viktor Vijay Vincent Vitaly Vladimir Volodymyr Wade Walter Warren Wayne Wesley Wilbur
Will William Willie Wolfgang Xavier Yasser Yevgeny Yitzhak Yuri Yusuf Zach Zachary Zack
`;

const FEMALE = `
Abigail Ada Adele Adriana Agnes Aisha Alexandra Alexandria Alice Alicia Alison Allison Amanda Amber
Amelia Amy Ana Anastasia Andrea Angela Angelina Anita Ann Anna Anne Annette Annie Antonia April Ashley
Audrey Ayanna Barbara Beatrice Becky Belinda Benazir Bernadette Beth Betsy Betty Beverly Beyonce Bonnie
Brenda Brianna Bridget Brittany Brooke Camila Candace Carla Carly Carmen Carol Caroline Carolyn
Cassandra Catherine Cathy Cecilia Charlotte Chelsea Cheryl Chloe Christina Christine Cindy Claire
Clara Claudia Colleen Condoleezza Courtney Cynthia Daisy Danielle Daphne Deborah Debbie Debra Denise
Diana Diane Dianne Donna Doris Dorothy Edith Eileen Elaine Eleanor Elena Elisabeth Elise Eliza
Elizabeth Ella Ellen Elsa Emily Emma Erica Erin Esther Eva Evelyn Fatima Fiona Florence Frances
Francesca Gabriela Gabrielle Gail Gina Giorgia Giselle Gloria Grace Greta Gretchen Gwen Hannah
Harriet Hazel Heather Heidi Helen Helena Hillary Holly Huma Ilhan Indira Ingrid Irene Irina Iris
Isabel Isabella Isabelle Ivanka Jacinda Jackie Jacqueline Jane Janet Janice Jasmine Jeanne Jennifer
Jenny Jessica Jill Joan Joanna Joanne Jodi Josephine Joy Joyce Judith Judy Julia Julie Juliet June
Kamala Karen Karin Kate Katherine Kathleen Kathryn Kathy Katie Katrina Kayla Kellyanne Kendra Kimberly
Kirsten Kirstjen Kristen Kristin Kyrsten Laura Lauren Leah Lena Lila Lily Linda Lisa Liz Lois Lori
Louise Lucia Lucy Lydia Lynn Madeleine Madison Maggie Mamata Margaret Margarethe Maria Marianne Marie
Marilyn Marina Marsha Martha Mary Maryam Maureen Maxine Megan Melania Melanie Melinda Melissa Meryl
Mette Mia Michelle Mildred Miranda Molly Monica Nadia Nancy Naomi Natalia Natalie Natasha Nicola Nicole
Nikki Nina Nora Olga Olivia Oprah Pamela Patricia Paula Pauline Peggy Penelope Penny Phyllis Priscilla
Priyanka Rachel Rebecca Regina Renee Rihanna Rita Roberta Rosa Rosalind Rose Rosemary Ruth Sabrina
Sally Samantha Sandra Sanna Sara Sarah Serena Sharon Sheila Sheryl Shirley Sonia Sophia Sophie Stacey
Stephanie Sue Susan Suzanne Svetlana Sylvia Tamara Tammy Tanya Tara Tatiana Teresa Theresa Tiffany Tina
Tracy Tulsi Ursula Valerie Vanessa Venus Vera Veronica Victoria Violet Wendy Whitney Yoko
Yulia Yvonne Zainab Zoe
`;

/** Names given to both sexes: they still mark where a name starts, but imply no gender. */
const UNISEX = `
Alexis Ashton Bailey Blair Cameron Casey Dana Drew Jamie Jean Jesse Jordan Kelly Kim Lee Leslie Lindsay
Lindsey Logan Morgan Quinn Riley Robin Sasha Shannon Sidney Skyler Taylor Terry Tracy
`;

function names(list: string): string[] {
  return list.split(/\s+/).filter(Boolean).map((n) => n.toLowerCase());
}

const unisex = new Set(names(UNISEX));

/** Lower-cased given name → its usual gender (`m`/`f`), or `u` when used by both. */
export const FIRST_NAMES: ReadonlyMap<string, 'm' | 'f' | 'u'> = new Map<string, 'm' | 'f' | 'u'>([
  ...names(MALE).map((n): [string, 'm' | 'f' | 'u'] => [n, unisex.has(n) ? 'u' : 'm']),
  ...names(FEMALE).map((n): [string, 'm' | 'f' | 'u'] => [n, unisex.has(n) ? 'u' : 'f']),
  ...[...unisex].map((n): [string, 'm' | 'f' | 'u'] => [n, 'u']),
]);
